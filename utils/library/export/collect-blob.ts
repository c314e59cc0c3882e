// An export's chunks as one Blob. Chunks are folded into the Blob every so many bytes: browsers keep a
// Blob's bytes outside the page's heap (Chrome moves large ones to disk), so the page holds at most this
// much of a multi-GB export itself.

const FOLD_EVERY_BYTES = 16 * 1024 * 1024;

export async function collectBlob(chunks: AsyncIterable<BlobPart>, type: string): Promise<Blob> {
  let blob = new Blob([], { type });
  let pending: BlobPart[] = [];
  let pendingBytes = 0;
  for await (const chunk of chunks) {
    pending.push(chunk);
    pendingBytes += partSize(chunk);
    if (pendingBytes >= FOLD_EVERY_BYTES) {
      blob = new Blob([blob, ...pending], { type });
      pending = [];
      pendingBytes = 0;
    }
  }
  return new Blob([blob, ...pending], { type });
}

function partSize(part: BlobPart): number {
  if (typeof part === 'string') return part.length;
  return part instanceof Blob ? part.size : part.byteLength;
}
