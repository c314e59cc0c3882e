// A ZIP's files by path, every one checked against the CRC its central directory records, so a
// damaged archive is refused whole rather than imported in part. Throws a message for the user.
import { strFromU8, unzipSync } from 'fflate';
import { crc32 } from './crc32';

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_FILE_HEADER = 0x02014b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_END_OF_CENTRAL_DIRECTORY = 0x06064b50;
/** The end record is 22 bytes plus a comment of at most 65,535. */
const MAX_END_RECORD_DISTANCE = 22 + 0xffff;
/** General-purpose flag bit 11: the name is UTF-8 (otherwise CP437, which fflate reads as Latin-1). */
const UTF8_NAME_FLAG = 0x800;

export function readZipEntries(bytes: Uint8Array): Map<string, Uint8Array> {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes);
  } catch (error) {
    throw new Error(`This is not a ZIP file, or it is damaged or cut short (${(error as Error).message}).`);
  }
  const expected = centralDirectoryCrcs(bytes);
  const entries = new Map<string, Uint8Array>();
  for (const [path, data] of Object.entries(files)) {
    if (expected.get(path) !== crc32(data)) throw new Error(`This ZIP file is damaged: “${path}” does not read back as it was written.`);
    entries.set(path, data);
  }
  return entries;
}

/** Walks the central directory the way fflate's unzipSync does (which has already vouched for its layout). */
function centralDirectoryCrcs(bytes: Uint8Array): Map<string, number> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = bytes.length - 22;
  while (view.getUint32(end, true) !== END_OF_CENTRAL_DIRECTORY) {
    if (end === 0 || bytes.length - end > MAX_END_RECORD_DISTANCE) throw new Error('This ZIP file has no directory of its files.');
    end--;
  }
  let count = view.getUint16(end + 10, true);
  let offset = view.getUint32(end + 16, true);
  // Archives of more than 65,535 files or 4 GB keep the true figures in a ZIP64 record.
  if (end >= 20 && view.getUint32(end - 20, true) === ZIP64_LOCATOR) {
    const zip64End = Number(view.getBigUint64(end - 12, true));
    if (view.getUint32(zip64End, true) === ZIP64_END_OF_CENTRAL_DIRECTORY) {
      count = Number(view.getBigUint64(zip64End + 32, true));
      offset = Number(view.getBigUint64(zip64End + 48, true));
    }
  }
  const crcs = new Map<string, number>();
  for (let i = 0; i < count; i++) {
    if (view.getUint32(offset, true) !== CENTRAL_FILE_HEADER) throw new Error('This ZIP file’s directory of files is damaged.');
    const flag = view.getUint16(offset + 8, true);
    const nameLength = view.getUint16(offset + 28, true);
    const extraLength = view.getUint16(offset + 30, true);
    const commentLength = view.getUint16(offset + 32, true);
    const name = strFromU8(bytes.subarray(offset + 46, offset + 46 + nameLength), !(flag & UTF8_NAME_FLAG));
    crcs.set(name, view.getUint32(offset + 16, true));
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return crcs;
}
