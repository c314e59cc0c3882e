// The promise: for arbitrary titles, authors, tags and URLs the front-matter parses back,
// with a YAML 1.2 and a YAML 1.1 parser, to exactly the input values; and the file name stays valid.
// The one normalisation: lone surrogates, which no UTF-8 file can hold, are written as U+FFFD.
// Control characters are kept, written as YAML escapes.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { composeMarkdown, type FrontMatter } from '@/utils/pipeline/render/front-matter';
import { BUILT_IN_PRESETS, builtInPreset } from '@/utils/pipeline/render/presets';
import { renderClip } from '@/utils/pipeline/render/render-clip';
import { asWritten, isoDate, trickyText, urlLike, YAML_SAFE_TEXT } from './arbitraries';
import { clippedPage, frontMatterOf } from './clipped-page';
import { expectFieldTypes } from './expect-field-types';
import { filenameProblems } from './valid-filename';

const RUNS = { numRuns: 300 };
const clippedAt = new Date('2026-11-23T11:40:05Z');

const value = fc.oneof(
  { weight: 4, arbitrary: trickyText },
  { weight: 2, arbitrary: fc.array(trickyText, { maxLength: 5 }) },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: fc.oneof(fc.integer(), fc.double()) },
);

function expectedAsWritten(frontMatter: FrontMatter): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(frontMatter)) {
    Object.defineProperty(out, asWritten(key), { value: typeof v === 'string' ? asWritten(v) : Array.isArray(v) ? v.map(asWritten) : v, enumerable: true, configurable: true, writable: true });
  }
  return out;
}

function yamlBlock(markdown: string): string {
  return /^---\n([\s\S]*?)\n---\n/.exec(markdown)![1]!;
}

describe('front-matter (property)', () => {
  it('any keys and values read back exactly, in order, in YAML 1.2 and 1.1, from printable text', () => {
    fc.assert(
      fc.property(fc.dictionary(trickyText, value, { maxKeys: 8, noNullPrototype: true }), trickyText, (frontMatter, body) => {
        const markdown = composeMarkdown(frontMatter, body);
        const expected = expectedAsWritten(frontMatter);
        const loaded = frontMatterOf(markdown);
        expect(loaded).toEqual(expected);
        expect(Object.keys(loaded)).toEqual(Object.keys(expected));
        expect(frontMatterOf(markdown, '1.1')).toEqual(expected);
        expect(yamlBlock(markdown)).toMatch(YAML_SAFE_TEXT);
      }),
      RUNS,
    );
  });

  it('date fields read back as the same text in YAML 1.2 and as the same instant in YAML 1.1', () => {
    fc.assert(
      fc.property(isoDate, (date) => {
        const markdown = composeMarkdown({ date }, '', { dateKeys: new Set(['date']) });
        expect(frontMatterOf(markdown).date).toBe(date);
        // YAML 1.1 reads a date or a time without a zone as UTC.
        const instant = Date.parse(/[zZ]|[+-]\d{2}:\d{2}$/.test(date) || date.length === 10 ? date : `${date}Z`);
        expect((frontMatterOf(markdown, '1.1').date as Date).getTime()).toBe(instant);
      }),
      RUNS,
    );
  });
});

describe('renderClip (property)', () => {
  const page = fc.record({
    title: trickyText,
    author: fc.option(trickyText),
    keywords: fc.array(trickyText, { maxLength: 5 }),
    url: urlLike,
    published: fc.option(isoDate),
  });

  it('default preset: title, author, tags and URL read back exactly (empty text as an empty value)', () => {
    fc.assert(
      fc.property(page, ({ title, author, keywords, url, published }) => {
        const clip = renderClip(clippedPage({ title, author, keywords, url, published }), { preset: builtInPreset('default'), clippedAt });
        const loaded = frontMatterOf(clip.markdown);
        expect(loaded.title).toBe(title === '' ? null : asWritten(title));
        expect(loaded.author).toBe(author === null || author === '' ? null : asWritten(author));
        expect(loaded.tags).toEqual(keywords.map(asWritten));
        expect(loaded.source).toBe(url === '' ? null : asWritten(url));
        expect(loaded.published).toBe(published);
        expect(filenameProblems(clip.filename)).toEqual([]);
      }),
      RUNS,
    );
  });

  it('every preset: typed values that both YAML versions read alike, and a valid file name', () => {
    fc.assert(
      fc.property(page, fc.constantFrom(...BUILT_IN_PRESETS), ({ title, author, keywords, url, published }, preset) => {
        const clip = renderClip(clippedPage({ title, author, keywords, url, published }), { preset, clippedAt });
        const loaded = frontMatterOf(clip.markdown);
        expectFieldTypes(preset, loaded, frontMatterOf(clip.markdown, '1.1'));
        for (const { key, value: template } of preset.fields) {
          if (template === '{{title}}') expect(loaded[key], key).toBe(title === '' ? null : asWritten(title));
          if (template === '{{tags}}') expect(loaded[key], key).toEqual(keywords.map(asWritten));
        }
        expect(filenameProblems(clip.filename)).toEqual([]);
      }),
      RUNS,
    );
  });
});
