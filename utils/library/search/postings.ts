// A term's postings: which clips (by their sequence number) hold it and how often. Stored as bytes —
// each entry is the gap to the previous clip's number and the count, as variable-length integers —
// because the index of 50,000 clips holds tens of millions of entries: as plain arrays they would not
// fit in memory or in a quick IndexedDB read; as gaps most entries take two bytes.

export interface Posting {
  seq: number;
  count: number;
}

/** Postings in increasing `seq` order, as bytes. */
export function encodePostings(postings: Iterable<Posting>): Uint8Array {
  const bytes: number[] = [];
  let previous = 0;
  for (const { seq, count } of postings) {
    if (seq <= previous && bytes.length) throw new Error(`postings out of order: ${seq} after ${previous}`);
    writeVarint(bytes, seq - previous);
    writeVarint(bytes, count);
    previous = seq;
  }
  return Uint8Array.from(bytes);
}

export function decodePostings(bytes: Uint8Array): Posting[] {
  const postings: Posting[] = [];
  forEachPosting(bytes, (seq, count) => postings.push({ seq, count }));
  return postings;
}

/** Walks the postings without building objects: queries over long lists stay allocation-free. */
export function forEachPosting(bytes: Uint8Array, visit: (seq: number, count: number) => void): void {
  let offset = 0;
  let seq = 0;
  while (offset < bytes.length) {
    const gap = readVarint(bytes, offset);
    const count = readVarint(bytes, gap.next);
    seq += gap.value;
    offset = count.next;
    visit(seq, count.value);
  }
}

/**
 * Postings of clips saved later (higher numbers) added after the existing ones; entries of deleted
 * clips are dropped on the way, so rewriting a term's row is also when it is cleaned.
 */
export function appendPostings(existing: Uint8Array | undefined, added: readonly Posting[], deleted: ReadonlySet<number>): Uint8Array {
  const kept: Posting[] = [];
  if (existing) forEachPosting(existing, (seq, count) => deleted.has(seq) || kept.push({ seq, count }));
  const last = kept.at(-1)?.seq ?? 0;
  for (const posting of added) {
    if (posting.seq <= last) throw new Error(`clip number ${posting.seq} is not newer than ${last}`);
    if (!deleted.has(posting.seq)) kept.push(posting);
  }
  return encodePostings(kept);
}

function writeVarint(bytes: number[], value: number): void {
  let rest = value;
  while (rest >= 0x80) {
    bytes.push((rest & 0x7f) | 0x80);
    rest = Math.floor(rest / 0x80);
  }
  bytes.push(rest);
}

function readVarint(bytes: Uint8Array, start: number): { value: number; next: number } {
  let value = 0;
  let scale = 1;
  let offset = start;
  for (;;) {
    const byte = bytes[offset++];
    if (byte === undefined) throw new Error('postings end inside a number');
    value += (byte & 0x7f) * scale;
    if (byte < 0x80) return { value, next: offset };
    scale *= 0x80;
  }
}
