// The blocks an export is gathered in: every byte comes out once and in order, a block stays as it was
// while its taker has it, and the buffers are used again after (no fresh memory per block).
import { describe, expect, it } from 'vitest';
import { ByteBlocks } from '@/utils/library/export/byte-blocks';

const bytes = (from: number, length: number) => Uint8Array.from({ length }, (_, i) => (from + i) % 251);

function concat(parts: readonly Uint8Array[]): number[] {
  return parts.flatMap((part) => [...part]);
}

describe('ByteBlocks', () => {
  it('hands out what was written, in order, in full blocks and a last partial one', () => {
    const blocks = new ByteBlocks(8);
    const out: Uint8Array[] = [];
    blocks.write(bytes(0, 5));
    blocks.write(bytes(5, 6));
    out.push(...blocks.take().map((block) => block.slice()));
    blocks.write(bytes(11, 20));
    out.push(...blocks.take().map((block) => block.slice()));
    out.push(...blocks.end().map((block) => block.slice()));
    expect(out.map((block) => block.length)).toEqual([8, 8, 8, 7]);
    expect(concat(out)).toEqual([...bytes(0, 31)]);
  });

  it('keeps taken blocks intact until it is written to again, then reuses their buffers', () => {
    const blocks = new ByteBlocks(8);
    blocks.write(bytes(0, 10));
    const [first] = blocks.take();
    const copy = first!.slice();
    // Nothing written yet: what the taker holds is unchanged.
    expect([...first!]).toEqual([...copy]);
    blocks.write(bytes(100, 20));
    const next = blocks.take();
    expect(next.map((block) => block.buffer)).toContain(first!.buffer);
    expect(concat([copy, ...next.map((block) => block.slice()), ...blocks.end()])).toEqual([...bytes(0, 10), ...bytes(100, 20)]);
  });

  it('takes a single write larger than several blocks', () => {
    const blocks = new ByteBlocks(4);
    blocks.write(bytes(0, 19));
    const taken = blocks.take().map((block) => block.slice());
    expect(taken).toHaveLength(4);
    expect(concat([...taken, ...blocks.end()])).toEqual([...bytes(0, 19)]);
  });
});
