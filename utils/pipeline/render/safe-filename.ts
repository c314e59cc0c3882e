// File names that every desktop OS accepts and that keep the title readable, Chinese included.

/** Room for the `.md` extension and a ` (2)` collision suffix within common 255-byte limits. */
const MAX_NAME_BYTES = 200;
const FORBIDDEN = /[<>:"/\\|?*\u0000-\u001f\u007f]/g;
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/i;
const FALLBACK_NAME = 'untitled';

/** Turns any title into a base name (no extension) valid on Windows, macOS and Linux. */
export function safeBaseName(title: string): string {
  let name = title
    .normalize('NFC')
    .replace(FORBIDDEN, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  name = truncateUtf8(name, MAX_NAME_BYTES);
  // Windows drops trailing dots and spaces; a leading dot hides the file on macOS and Linux.
  name = name.replace(/[. ]+$/, '').replace(/^[. ]+/, '');
  if (!name) return FALLBACK_NAME;
  if (WINDOWS_RESERVED.test(name)) return `${name}_`;
  return name;
}

export function markdownFilename(title: string): string {
  return `${safeBaseName(title)}.md`;
}

const encoder = new TextEncoder();

/** Cuts at a code-point boundary (never half a Chinese character or emoji surrogate). */
function truncateUtf8(text: string, maxBytes: number): string {
  if (encoder.encode(text).length <= maxBytes) return text;
  let bytes = 0;
  let out = '';
  for (const char of text) {
    const size = encoder.encode(char).length;
    if (bytes + size > maxBytes) break;
    bytes += size;
    out += char;
  }
  return out;
}
