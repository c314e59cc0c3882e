// Is the exported archive a whole, readable ZIP with one Markdown file per clip? Reads the central directory
// (where every unzip tool starts), then inflates every entry and checks its CRC, so a truncated or garbled
// download cannot pass as a fast export. Written against the ZIP spec, not the extension's code.
import { readFileSync } from 'node:fs';
import { crc32, inflateRawSync } from 'node:zlib';

export interface ZipCheck {
  entries: number;
  markdownFiles: number;
  /** Uncompressed bytes of the `.md` entries. */
  markdownBytes: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

export function checkZip(file: string): ZipCheck {
  const zip = readFileSync(file);
  // The end record sits in the last 22 bytes plus at most a 64 KB comment.
  let eocd = -1;
  for (let at = zip.length - 22; at >= Math.max(0, zip.length - 22 - 0xffff); at--) {
    if (zip.readUInt32LE(at) === EOCD) {
      eocd = at;
      break;
    }
  }
  if (eocd < 0) throw new Error(`${file}: no end-of-central-directory record (truncated?)`);
  const entries = zip.readUInt16LE(eocd + 10);
  let at = zip.readUInt32LE(eocd + 16);
  let markdownFiles = 0;
  let markdownBytes = 0;
  for (let i = 0; i < entries; i++) {
    if (zip.readUInt32LE(at) !== CENTRAL) throw new Error(`${file}: central directory entry ${i} is damaged`);
    const method = zip.readUInt16LE(at + 10);
    const crc = zip.readUInt32LE(at + 16);
    const compressedSize = zip.readUInt32LE(at + 20);
    const size = zip.readUInt32LE(at + 24);
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    const localOffset = zip.readUInt32LE(at + 42);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    at += 46 + nameLength + extraLength + commentLength;

    if (zip.readUInt32LE(localOffset) !== LOCAL) throw new Error(`${file}: ${name}: local header missing`);
    const dataStart = localOffset + 30 + zip.readUInt16LE(localOffset + 26) + zip.readUInt16LE(localOffset + 28);
    const stored = zip.subarray(dataStart, dataStart + compressedSize);
    let data: Buffer | null;
    try {
      data = method === 0 ? stored : method === 8 ? inflateRawSync(stored) : null;
    } catch (error) {
      throw new Error(`${file}: ${name}: cannot be inflated (${(error as Error).message})`);
    }
    if (!data) throw new Error(`${file}: ${name}: compression method ${method} is not one a ZIP reader must know`);
    if (data.length !== size || crc32(data) >>> 0 !== crc) throw new Error(`${file}: ${name}: contents do not match their size and CRC`);
    if (name.endsWith('.md')) {
      markdownFiles++;
      markdownBytes += size;
    }
  }
  return { entries, markdownFiles, markdownBytes };
}
