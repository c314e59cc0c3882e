// Searching the library: a query's terms are looked up row by row in IndexedDB, ranked, and only the
// best matches are mapped back to clip ids, so a search reads a few rows whatever the library's size.
import { readIndexState, TERM_END, termOfKey, type IndexTables } from './clip-index';
import { rankMatches, type RankedMatch, type TermPostings } from './rank-matches';
import { parseQuery } from './search-terms';

/**
 * A word being typed ("c") begins thousands of words: the first rows in order are read, and the
 * commonest of their words ranked; one more letter narrows it to the word meant.
 */
const MAX_PREFIX_TERMS = 64;

export interface SearchHit {
  clipId: string;
  score: number;
}

export interface SearchResult {
  hits: SearchHit[];
  /** What to highlight in the results, normalised as the index is. */
  highlights: string[];
}

/** Matches by their clips' numbers in the index: a caller holding clips by number needs no more. */
export interface RankedResult {
  matches: RankedMatch[];
  highlights: string[];
}

export class ClipSearch {
  constructor(private readonly tables: IndexTables) {}

  async search(text: string, limit = 100): Promise<SearchResult> {
    const { matches, highlights } = await this.rank(text, limit);
    return { hits: await this.hitsOf(matches), highlights };
  }

  async rank(text: string, limit = 100): Promise<RankedResult> {
    const query = parseQuery(text);
    if (!query.terms.length && !query.prefix) return { matches: [], highlights: [] };
    const [required, prefixed, { clipCount, deleted }] = await Promise.all([
      Promise.all(query.terms.map((term) => this.#termPostings(term))),
      query.prefix ? this.#prefixPostings(query.prefix) : null,
      readIndexState(this.tables),
    ]);
    return { matches: rankMatches({ required, prefixed, deleted: new Set(deleted), limit }, { clipCount }), highlights: query.highlights };
  }

  /** Matches to clip ids: one read of the index's table of numbers per match. */
  async hitsOf(matches: readonly RankedMatch[]): Promise<SearchHit[]> {
    const docs = await this.tables.searchDocs.bulkGet(matches.map((match) => match.seq));
    return matches.flatMap(({ score }, i) => {
      const doc = docs[i];
      return doc ? [{ clipId: doc.clipId, score }] : [];
    });
  }

  async #termPostings(term: string): Promise<TermPostings> {
    const rows = await this.tables.postings.where(':id').startsWith(term + TERM_END).toArray();
    return rows.map((row) => row.bytes);
  }

  async #prefixPostings(prefix: string): Promise<TermPostings[]> {
    const rows = await this.tables.postings.where(':id').startsWith(prefix).limit(MAX_PREFIX_TERMS * 4).toArray();
    const byTerm = new Map<string, Uint8Array[]>();
    for (const row of rows) {
      const term = termOfKey(row.key);
      byTerm.set(term, [...(byTerm.get(term) ?? []), row.bytes]);
    }
    // The most postings are the commonest words: likelier to be what the user is typing.
    const size = (blocks: Uint8Array[]) => blocks.reduce((total, block) => total + block.length, 0);
    return [...byTerm.values()].sort((a, b) => size(b) - size(a)).slice(0, MAX_PREFIX_TERMS);
  }
}
