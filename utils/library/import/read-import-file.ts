// A file the user chose to import → its import plan, read as what it is: a ZIP of Markdown files or
// a JSON backup. The content decides (a renamed or extension-less file still imports); the extension
// only picks which reader explains why a damaged file cannot be read.
import { invalidImport, type ReadImportResult } from './import-plan';
import { readBackup } from './read-backup';
import { readMarkdownZip } from './read-markdown-zip';

/** "PK\3\4" opens a ZIP's first file, "PK\5\6" an empty ZIP's end record. */
const ZIP_SIGNATURES = [
  [0x50, 0x4b, 0x03, 0x04],
  [0x50, 0x4b, 0x05, 0x06],
];
const UTF8_BOM = [0xef, 0xbb, 0xbf];
const OPEN_BRACE = 0x7b;
/** JSON's whitespace: space, tab, line feed, carriage return. */
const JSON_WHITESPACE = new Set([0x20, 0x09, 0x0a, 0x0d]);

export function readImportFile(fileName: string, bytes: Uint8Array): ReadImportResult {
  if (ZIP_SIGNATURES.some((signature) => startsWith(bytes, signature))) return readMarkdownZip(bytes);
  if (opensJsonObject(bytes)) return readBackup(bytes);
  if (/\.zip$/i.test(fileName)) return readMarkdownZip(bytes);
  if (/\.json$/i.test(fileName)) return readBackup(bytes);
  return invalidImport('This is neither a Clipdown backup (.json) nor a ZIP of Markdown files. Nothing was imported.');
}

function startsWith(bytes: Uint8Array, prefix: readonly number[], at = 0): boolean {
  return prefix.every((byte, i) => bytes[at + i] === byte);
}

function opensJsonObject(bytes: Uint8Array): boolean {
  let i = startsWith(bytes, UTF8_BOM) ? UTF8_BOM.length : 0;
  while (i < bytes.length && JSON_WHITESPACE.has(bytes[i]!)) i++;
  return bytes[i] === OPEN_BRACE;
}
