// File names that Windows, macOS and Linux all accept, that stay one name inside the target
// folder (never a path), and that keep the title readable, Chinese included.

/** The whole name with `.md`, in UTF-8: leaves room for a ` (2)` suffix within 255-byte limits. */
export const MAX_FILENAME_BYTES = 200;
const EXTENSION = '.md';
/**
 * Forbidden on Windows (`<>:"/\|?*`), path separators, control and format characters that
 * render invisibly or reorder text (bidi overrides can disguise an extension), noncharacters and
 * lone surrogates; and `#^[]`, which break Obsidian links and Markdown URLs to the file.
 */
const UNSAFE = /[<>:"/\\|?*#^[\]\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069\ufeff\ufffe\uffff]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const WHITESPACE_RUN = /\s+/g;
/** Windows drops trailing dots and spaces; a leading dot hides the file; a leading dash reads as a command-line option. */
const LOOSE_EDGES = /^[\s.-]+|[\s.-]+$/g;
/** Device names Windows reserves, whatever the extension (`nul.txt.md` too). */
const WINDOWS_RESERVED = /^(con|prn|aux|nul|conin\$|conout\$|com[0-9¹²³]|lpt[0-9¹²³])(?=\s*(\.|$))/i;
const FALLBACK_NAME = 'untitled';

/** Turns any text into a base name (no extension) valid on Windows, macOS and Linux. */
export function safeBaseName(text: string): string {
  // The reserved-name fix comes before the cut, so its `_` counts within the byte limit.
  const cleaned = tidy(text.normalize('NFC').replace(UNSAFE, ' ')).replace(WINDOWS_RESERVED, '$1_');
  return tidy(truncateUtf8(cleaned, MAX_FILENAME_BYTES - EXTENSION.length)) || FALLBACK_NAME;
}

export function markdownFilename(text: string): string {
  return `${safeBaseName(text)}${EXTENSION}`;
}

function tidy(name: string): string {
  return name.replace(WHITESPACE_RUN, ' ').replace(LOOSE_EDGES, '');
}

const encoder = new TextEncoder();

/** Cuts at a code-point boundary (never half a Chinese character or emoji surrogate pair). */
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
