import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { appendPostings, decodePostings, encodePostings } from '@/utils/library/search/postings';

const sortedPostings = fc
  .uniqueArray(fc.integer({ min: 1, max: 2 ** 40 }), { maxLength: 200 })
  .chain((seqs) => fc.tuple(fc.constant(seqs.sort((a, b) => a - b)), fc.array(fc.integer({ min: 1, max: 70_000 }), { minLength: seqs.length, maxLength: seqs.length })))
  .map(([seqs, counts]) => seqs.map((seq, i) => ({ seq, count: counts[i]! })));

describe('postings', () => {
  it('read back exactly what was written, for any clip numbers and counts', () => {
    fc.assert(
      fc.property(sortedPostings, (postings) => {
        expect(decodePostings(encodePostings(postings))).toEqual(postings);
      }),
    );
  });

  it('take two bytes an entry for clips saved one after another', () => {
    const postings = Array.from({ length: 1000 }, (_, i) => ({ seq: 50_000 + i, count: 3 }));
    expect(encodePostings(postings).length).toBe(2 * 1000 + 2);
  });

  it('refuse postings out of order instead of writing an index that cannot be read right', () => {
    expect(() => encodePostings([{ seq: 5, count: 1 }, { seq: 5, count: 1 }])).toThrow(/out of order/);
  });

  it('append newer clips and drop deleted ones when a term is rewritten', () => {
    const existing = encodePostings([{ seq: 1, count: 2 }, { seq: 4, count: 1 }, { seq: 9, count: 5 }]);
    const appended = appendPostings(existing, [{ seq: 10, count: 1 }, { seq: 12, count: 7 }], new Set([4, 12]));
    expect(decodePostings(appended)).toEqual([{ seq: 1, count: 2 }, { seq: 9, count: 5 }, { seq: 10, count: 1 }]);
    expect(() => appendPostings(existing, [{ seq: 9, count: 1 }], new Set())).toThrow(/not newer/);
  });

  it('say so when stored bytes are cut off', () => {
    expect(() => decodePostings(Uint8Array.from([0x85]))).toThrow(/end inside a number/);
  });
});
