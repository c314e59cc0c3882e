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

/** Walks the postings without building objects: a common word's list at 50,000 clips has tens of thousands. */
export function forEachPosting(bytes: Uint8Array, visit: (seq: number, count: number) => void): void {
  const reader = new VarintReader(bytes);
  let seq = 0;
  while (!reader.done) {
    seq += reader.next();
    visit(seq, reader.next());
  }
}

/** One reader per row, not an object per number read: decoding a long list allocated twice per posting. */
class VarintReader {
  private offset = 0;

  constructor(private readonly bytes: Uint8Array) {}

  get done(): boolean {
    return this.offset >= this.bytes.length;
  }

  next(): number {
    let value = 0;
    let scale = 1;
    for (;;) {
      const byte = this.bytes[this.offset++];
      if (byte === undefined) throw new Error('postings end inside a number');
      value += (byte & 0x7f) * scale;
      if (byte < 0x80) return value;
      scale *= 0x80;
    }
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
