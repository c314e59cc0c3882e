// Bytes of a saved or fetched page → text, by the charset the page declares, as a browser
// would: BOM, then the HTTP Content-Type, then <meta charset> / http-equiv in the first bytes.
// Bytes that are valid UTF-8 are read as UTF-8 whatever the page says (see decodeHtml).
// Undeclared pages that are not valid UTF-8 are read as GB18030 (a superset of GBK/GB2312),
// since old Chinese news pages are the undeclared pages our users clip.

/** The HTML spec's prescan looks at the first 1024 bytes; real pages put <meta> later. */
const PRESCAN_BYTES = 4096;
const META_CHARSET = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i;

export function declaredCharset(bytes: Uint8Array, contentType?: string | null): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  const fromHeader = contentType?.match(/charset\s*=\s*["']?([\w.:-]+)/i)?.[1];
  if (fromHeader && isKnownLabel(fromHeader)) return fromHeader;
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, PRESCAN_BYTES));
  const fromMeta = head.match(META_CHARSET)?.[1];
  return fromMeta && isKnownLabel(fromMeta) ? fromMeta : null;
}

function isKnownLabel(label: string): boolean {
  try {
    new TextDecoder(label);
    return true;
  } catch {
    return false;
  }
}

export function decodeHtml(bytes: Uint8Array, contentType?: string | null): string {
  const declared = declaredCharset(bytes, contentType);
  const utf8 = strictUtf8(bytes);
  // Saved pages are often re-encoded to UTF-8 but keep their old `<meta charset=gb2312>`.
  // Legacy CJK text practically never forms valid multi-byte UTF-8, so valid UTF-8 wins.
  if (utf8 !== null && /[^\x00-\x7f]/.test(utf8)) return utf8;
  if (declared) return new TextDecoder(declared).decode(bytes);
  return utf8 ?? new TextDecoder('gb18030').decode(bytes);
}

function strictUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}
