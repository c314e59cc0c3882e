import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { highlightRanges, snippet } from '@/utils/library/search/highlight';
import { normalizeText, parseQuery } from '@/utils/library/search/search-terms';

const marked = (text: string, query: string) =>
  highlightRanges(text, parseQuery(query).highlights).map(({ start, end }) => text.slice(start, end));

describe('highlightRanges', () => {
  it('marks Chinese words wherever they occur', () => {
    expect(marked('漳州开发区的开发区管委会', '开发区')).toEqual(['开发区', '开发区']);
  });

  it('marks Latin words at word starts, ignoring case and accents, as the search matched them', () => {
    expect(marked('Café culture: the cafe REPORT on ports', 'cafe port')).toEqual(['Café', 'cafe', 'port']);
    expect(marked('Clipper clipping', 'clipp')).toEqual(['Clipp', 'clipp']);
  });

  it('maps full-width text and surrogate pairs back to the characters shown', () => {
    const text = '😀 ＲＥＡＣＴ 插件';
    expect(marked(text, 'react')).toEqual(['ＲＥＡＣＴ']);
    expect(marked(text, '插件')).toEqual(['插件']);
  });

  it('merges overlapping matches into one mark', () => {
    expect(marked('开发区建设', '开发 发区')).toEqual(['开发区']);
  });
});

describe('snippet', () => {
  it('shows the text around the first match with the marks inside it', () => {
    const text = `${'前文。'.repeat(100)}这里谈到港口扩建。${'后文。'.repeat(100)}`;
    const { text: shown, ranges } = snippet(text, ['港口'], 40);
    expect(shown).toHaveLength(40);
    expect(ranges.map(({ start, end }) => shown.slice(start, end))).toEqual(['港口']);
  });

  it('marks a word that differs by accents or case, far into a long text', () => {
    const text = `${'Filler words here. '.repeat(200)}We met at the CAFÉ by the port.${' More filler.'.repeat(200)}`;
    const { text: shown, ranges } = snippet(text, ['cafe'], 60);
    expect(ranges.map(({ start, end }) => shown.slice(start, end))).toEqual(['CAFÉ']);
  });

  it('passes over the words inside longer words to the first whole one', () => {
    const text = `The report came in. ${'Nothing else. '.repeat(100)}Ships left the Port at dawn.`;
    const { text: shown, ranges } = snippet(text, ['port'], 40);
    expect(ranges.map(({ start, end }) => shown.slice(start, end))).toEqual(['Port']);
  });

  it('starts at the beginning when nothing matches', () => {
    expect(snippet('Short text.', ['zzz'], 40)).toEqual({ text: 'Short text.', ranges: [] });
  });

  it('marks exactly what folding each character and searching the folded text marks, for any text', () => {
    // The plain definition: fold character by character, search, map back, merge.
    const reference = (text: string, highlights: string[]) => {
      let folded = '';
      const origin: number[] = [];
      let offset = 0;
      for (const char of text) {
        const f = normalizeText(char);
        folded += f;
        for (let i = 0; i < f.length; i++) origin.push(offset);
        offset += char.length;
      }
      const found: Array<[number, number]> = [];
      for (const needle of new Set(highlights.filter(Boolean))) {
        const anywhere = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u.test(needle);
        for (let at = folded.indexOf(needle); at !== -1; at = folded.indexOf(needle, at + 1)) {
          if (!anywhere && at > 0 && /[\p{L}\p{N}]/u.test(folded[at - 1]!)) continue;
          const end = at + needle.length;
          found.push([origin[at]!, end < folded.length ? origin[end]! : text.length]);
        }
      }
      found.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
      const merged: Array<[number, number]> = [];
      for (const [start, end] of found) {
        const last = merged.at(-1);
        if (last && start <= last[1]) last[1] = Math.max(last[1], end);
        else merged.push([start, end]);
      }
      return merged.map(([start, end]) => ({ start, end }));
    };
    const pieces = fc.constantFrom('Port', 'report', 'ＡＢＣ', 'café', 'CAFÉ', '开发区', '開發', '㐀丂', '﨑', '　', '㎏', 'ﬁle', '😀', '\ud800', ' ', '-', 'ß', 'İ', 'x');
    const text = fc.array(fc.oneof(pieces, fc.string({ unit: 'binary', maxLength: 3 })), { maxLength: 30 }).map((parts) => parts.join(''));
    const needles = fc.array(fc.constantFrom('port', 'abc', 'cafe', '开发', '开发区', 'kg', 'file', 'x', 'ss', '😀'), { minLength: 1, maxLength: 3 });
    fc.assert(fc.property(text, needles, (t, n) => {
      expect(highlightRanges(t, n)).toEqual(reference(t, n));
    }));
    // Longer than the buffers start, so they grow mid-text.
    const long = 'Ａ开发区 café report Port '.repeat(400);
    expect(highlightRanges(long, ['port', 'cafe', '开发区', 'a'])).toEqual(reference(long, ['port', 'cafe', '开发区', 'a']));
  });
});

