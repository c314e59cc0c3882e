import { describe, expect, it } from 'vitest';
import { encodePostings, type Posting } from '@/utils/library/search/postings';
import { rankMatches, type CorpusStats } from '@/utils/library/search/rank-matches';
import { clipTerms, parseQuery } from '@/utils/library/search/search-terms';

/** A tiny index built the way the library builds it: clip number → title and body. */
function indexOf(clips: Record<number, { title: string; body: string }>) {
  const rows = new Map<string, Posting[]>();
  let clipCount = 0;
  for (const [key, { title, body }] of Object.entries(clips)) {
    const seq = Number(key);
    const terms = clipTerms(title, body);
    clipCount++;
    for (const [term, count] of terms) rows.set(term, [...(rows.get(term) ?? []), { seq, count }]);
  }
  // Two blocks, as the library stores long postings: odd clips in one, even in the other.
  const row = (term: string) => [encodePostings((rows.get(term) ?? []).filter((p) => p.seq % 2)), encodePostings((rows.get(term) ?? []).filter((p) => p.seq % 2 === 0))];
  const stats: CorpusStats = { clipCount };
  const search = (text: string, deleted = new Set<number>()) => {
    const query = parseQuery(text);
    const prefixed = query.prefix ? [...rows.keys()].filter((term) => term.startsWith(query.prefix!)).map(row) : null;
    return rankMatches({ required: query.terms.map(row), prefixed, deleted, limit: 10 }, stats).map((match) => match.seq);
  };
  return { search };
}

const library = indexOf({
  1: { title: '漳州开发区：一鼓作气', body: '管控区的居民陆陆续续出来领取生活物资。开发区的疫情防控工作有序开展。' },
  2: { title: '港口吞吐量创新高', body: '开发区的新码头投入使用，港口吞吐量翻番。' },
  3: { title: 'Writing a web clipper', body: 'A clipper turns the article into Markdown. Readability finds the article.' },
  4: { title: 'Markdown tips', body: 'Markdown tables and Markdown lists. A clipper is mentioned once.' },
  5: { title: '天气预报', body: '明天多云转晴。' },
});

describe('rankMatches', () => {
  it('finds Chinese clips by a word, wherever it sits in the sentence', () => {
    expect(library.search('开发区').sort()).toEqual([1, 2]);
    expect(library.search('疫情防控')).toEqual([1]);
    expect(library.search('港口')).toEqual([2]);
  });

  it('needs every word of the query', () => {
    expect(library.search('开发区 码头')).toEqual([2]);
    expect(library.search('markdown readability ')).toEqual([3]);
    expect(library.search('开发区 天气')).toEqual([]);
  });

  it('ranks a clip with the words in its title above one that mentions them in passing', () => {
    expect(library.search('clipper ')).toEqual([3, 4]);
    expect(library.search('markdown ')).toEqual([4, 3]);
  });

  it('matches the word being typed as a prefix', () => {
    expect(library.search('clipp')).toEqual([3, 4]);
    expect(library.search('markdown readab')).toEqual([3]);
  });

  it('leaves deleted clips out', () => {
    expect(library.search('开发区', new Set([1]))).toEqual([2]);
  });

  it('finds nothing for a word no clip holds, or an empty query', () => {
    expect(library.search('kubernetes ')).toEqual([]);
    expect(library.search('   ')).toEqual([]);
  });
});
