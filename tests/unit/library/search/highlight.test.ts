import { describe, expect, it } from 'vitest';
import { highlightRanges, snippet } from '@/utils/library/search/highlight';
import { parseQuery } from '@/utils/library/search/search-terms';

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
});
