// Markdown kept deflated: it must come back exactly, and what it keeps beside the bytes must be what a
// ZIP entry needs (the same CRC-32 and size any unzip tool checks).
import fc from 'fast-check';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { packText, unpackText } from '@/utils/library/packed-text';
import { zipEntries } from './export/library-fixture';

describe('packed text', () => {
  it('gives back any text exactly, Chinese, emoji and line endings included', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), (text) => {
      expect(unpackText(packText(text))).toBe(text);
    }));
    const mixed = '---\ntitle: 港口吞吐量\n---\r\n\n“Quotes” 👍🏽 and 中文。\n'.repeat(50);
    expect(unpackText(packText(mixed))).toBe(mixed);
  });

  it('keeps the CRC-32 and UTF-8 size a ZIP tool computes for the same text', () => {
    const text = '# 标题\n\nBody text, repeated. '.repeat(40);
    const packed = packText(text);
    expect(packed.size).toBe(new TextEncoder().encode(text).length);
    const zip = zipSync({ 'a.md': new TextEncoder().encode(text) }, { level: 0 });
    expect(zipEntries(zip)[0]!.crc32).toBe(packed.crc32);
    expect(packed.deflated.length).toBeLessThan(packed.size / 3);
  });

  it('refuses damaged bytes instead of returning wrong text', () => {
    const packed = packText('Some Markdown that will be damaged. '.repeat(20));
    expect(() => unpackText({ ...packed, crc32: (packed.crc32 + 1) >>> 0 })).toThrow(/damaged/);
    expect(() => unpackText({ ...packed, size: packed.size - 1 })).toThrow();
  });
});
