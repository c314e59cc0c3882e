// Turns a URL found in the page (relative, protocol-relative, padded) into an absolute http(s) URL, or null.
// `data:`, `javascript:` and unparsable values are dropped: they are not addresses a clip can point to.

export function resolveHttpUrl(value: string | null | undefined, base: string): string | null {
  const raw = (value ?? '').trim();
  if (!raw || /^(?:data|javascript|blob|about):/i.test(raw)) return null;
  try {
    const resolved = new URL(raw, base);
    if (resolved.protocol !== 'http:' && resolved.protocol !== 'https:') return null;
    return resolved.href;
  } catch {
    return null;
  }
}
