import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodePostings, encodePostings, type Posting } from '@/utils/library/search/postings';
import { rankMatches, type CorpusStats, type RankedMatch, type RankQuery, type TermPostings } from '@/utils/library/search/rank-matches';
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
  // Two blocks, as the library stores long postings: clips 1-3 in one, the later ones in the next.
  const row = (term: string) => [encodePostings((rows.get(term) ?? []).filter((p) => p.seq <= 3)), encodePostings((rows.get(term) ?? []).filter((p) => p.seq > 3))];
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

/** The ranking spelt out plainly, one Map per query: what the merged typed arrays must agree with. */
function plainRanking(query: RankQuery, stats: CorpusStats): RankedMatch[] {
  const postingsOf = (term: TermPostings) => term.flatMap(decodePostings).filter((p) => !query.deleted.has(p.seq));
  const groups = [...query.required.map((term) => [term]), ...(query.prefixed ? [query.prefixed] : [])];
  const groupScores = groups.map((terms) => {
    const group = new Map<number, number>();
    for (const term of terms) {
      const postings = postingsOf(term);
      const idf = Math.log(1 + (stats.clipCount - postings.length + 0.5) / (postings.length + 0.5));
      for (const { seq, count } of postings) group.set(seq, Math.max(group.get(seq) ?? 0, (idf * count * 2.2) / (count + 1.2)));
    }
    return group;
  });
  // Added rarest group first, as the ranking does: floating-point sums depend on the order.
  groupScores.sort((a, b) => a.size - b.size);
  let scores = null as Map<number, number> | null;
  for (const group of groupScores) {
    const previous = scores;
    scores = new Map([...group].filter(([seq]) => !previous || previous.has(seq)).map(([seq, score]) => [seq, (previous?.get(seq) ?? 0) + score]));
  }
  return [...(scores ?? [])].map(([seq, score]) => ({ seq, score })).sort((a, b) => b.score - a.score || b.seq - a.seq).slice(0, query.limit);
}

describe('rankMatches on many clips', () => {
  // A term's postings: which of clips 1-60 hold it and how often, split into blocks at rising clip numbers.
  const term = fc
    .tuple(fc.uniqueArray(fc.integer({ min: 1, max: 60 }), { maxLength: 40 }), fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 40, maxLength: 40 }), fc.integer({ min: 1, max: 60 }))
    .map(([seqs, counts, cut]) => {
      const postings = seqs.sort((a, b) => a - b).map((seq, i) => ({ seq, count: counts[i]! }));
      return [encodePostings(postings.filter((p) => p.seq < cut)), encodePostings(postings.filter((p) => p.seq >= cut))];
    });

  it('ranks as the plain definition does: every group needed, best of a prefix group, ties to the newest', () => {
    fc.assert(
      fc.property(
        fc.array(term, { minLength: 1, maxLength: 3 }),
        fc.option(fc.array(term, { minLength: 1, maxLength: 3 })),
        fc.uniqueArray(fc.integer({ min: 1, max: 60 }), { maxLength: 10 }),
        fc.integer({ min: 1, max: 30 }),
        (required, prefixed, deleted, limit) => {
          const query: RankQuery = { required, prefixed, deleted: new Set(deleted), limit };
          const stats = { clipCount: 60 - deleted.length };
          expect(rankMatches(query, stats)).toEqual(plainRanking(query, stats));
        },
      ),
      { numRuns: 300 },
    );
  });
});
