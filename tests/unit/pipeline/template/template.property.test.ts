// The template language on arbitrary input: the parser never throws and locates every problem
// inside the source; slugs keep their Chinese characters and stay dash-separated words.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseTemplate } from '@/utils/pipeline/template/parse-template';
import { renderTemplate } from '@/utils/pipeline/template/render-template';
import { slugify } from '@/utils/pipeline/template/slugify';
import { trickyText } from '../render/arbitraries';
import { variables } from './variables';

const RUNS = { numRuns: 500 };
const templateish = fc
  .array(fc.oneof(fc.constantFrom('{{', '}}', '|', ':', '"', "'", ' ', 'title', 'slug', 'date', 'meta:og:type', '"YYYY"', '80', 'default', 'tags'), trickyText), { maxLength: 12 })
  .map((pieces) => pieces.join(''));
/** Chinese characters: the letters of the Han script (its radicals and strokes are symbols). */
const HAN = /[\p{Script=Han}&&\p{L}]/gv;

describe('parseTemplate (property)', () => {
  it('never throws, and every problem covers some of the source', () => {
    fc.assert(
      fc.property(templateish, (source) => {
        const result = parseTemplate(source);
        if (result.ok) return;
        expect(result.problems.length).toBeGreaterThan(0);
        for (const { message, start, end } of result.problems) {
          expect(message).not.toBe('');
          expect(0 <= start && start < end && end <= source.length, `${start}-${end} in ${source.length}`).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it('text without "{{" renders as itself', () => {
    fc.assert(
      fc.property(trickyText.filter((text) => !text.includes('{{')), (text) => {
        expect(renderTemplate(text, variables())).toBe(text);
      }),
      RUNS,
    );
  });
});

describe('slugify (property)', () => {
  it('gives dash-separated runs of letters and digits, keeping every Chinese character in order', () => {
    fc.assert(
      fc.property(trickyText, (text) => {
        const slug = slugify(text);
        expect(slug).toMatch(/^(?:[\p{L}\p{M}\p{N}]+(?:-[\p{L}\p{M}\p{N}]+)*)?$/u);
        expect(slug.match(HAN) ?? []).toEqual(text.normalize('NFKC').match(HAN) ?? []);
      }),
      RUNS,
    );
  });
});
