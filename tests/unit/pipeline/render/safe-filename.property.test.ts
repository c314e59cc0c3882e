// Any text, however hostile, gives one valid file name inside the target folder.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { markdownFilename, safeBaseName } from '@/utils/pipeline/render/safe-filename';
import { trickyText } from './arbitraries';
import { filenameProblems } from './valid-filename';

const RUNS = { numRuns: 500 };
const reservedLike = fc
  .tuple(fc.constantFrom('CON', 'prn', 'Aux', 'NUL', 'com1', 'LPT9', 'COM¹', 'conin$', 'CONOUT$', '..', '.', '-'), fc.constantFrom('', '.txt', ' .x', '...', '  '))
  .map(([stem, tail]) => stem + tail);

describe('markdownFilename (property)', () => {
  it('is valid on Windows, macOS and Linux, at most 200 bytes, never a path', () => {
    fc.assert(
      fc.property(fc.oneof(trickyText, reservedLike), (text) => {
        expect(filenameProblems(markdownFilename(text))).toEqual([]);
      }),
      RUNS,
    );
  });

  it('leaves a name it made as it is', () => {
    fc.assert(
      fc.property(fc.oneof(trickyText, reservedLike), (text) => {
        const name = safeBaseName(text);
        expect(safeBaseName(name)).toBe(name);
      }),
      RUNS,
    );
  });
});
