// URLs found in a page (relative, protocol-relative, padded) made absolute against the page's URL.
// One resolver for metadata, lazy images and Markdown links, so they all agree on what a URL is.

/** Any scheme the URL parser accepts; null when the value is empty or unparsable. */
export function absoluteUrl(value: string | null | undefined, base: string): string | null {
  const raw = (value ?? '').trim();
  if (!raw) return null;
  try {
    return new URL(raw, base).href;
  } catch {
    return null;
  }
}

/**
 * Only http(s): `data:`, `javascript:`, `blob:` and `about:` values are not addresses a clip's
 * metadata can point to.
 */
export function resolveHttpUrl(value: string | null | undefined, base: string): string | null {
  const resolved = absoluteUrl(value, base);
  return resolved && /^https?:/i.test(resolved) ? resolved : null;
}
