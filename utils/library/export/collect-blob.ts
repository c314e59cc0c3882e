// An export's chunks as one Blob, where no file can be written (see export-file.ts). Byte chunks are
// views the export writes again once the next is asked for (byte-blocks.ts), so they are copied as
// they come, through one reused buffer into Blobs of a few MB: browsers keep a Blob's bytes outside
// the page's heap (Chrome moves large ones to disk), so the page holds at most a block of the export.
import { BLOCK_SIZE } from './byte-blocks';

export type ExportChunk = Blob | Uint8Array<ArrayBuffer>;

export async function collectBlob(chunks: AsyncIterable<ExportChunk>, type: string): Promise<Blob> {
  const parts: Blob[] = [];
  const buffer = new Uint8Array(BLOCK_SIZE);
  let used = 0;
  const seal = () => {
    if (used) parts.push(new Blob([buffer.subarray(0, used)]));
    used = 0;
  };
  for await (const chunk of chunks) {
    if (chunk instanceof Blob || chunk.length > buffer.length - used) seal();
    // A Blob copies the bytes it is made of at once.
    if (chunk instanceof Blob) parts.push(chunk);
    else if (chunk.length > buffer.length) parts.push(new Blob([chunk]));
    else {
      buffer.set(chunk, used);
      used += chunk.length;
    }
  }
  seal();
  return new Blob(parts, { type });
}
