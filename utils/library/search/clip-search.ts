// Searching the library: a query's terms are looked up row by row in IndexedDB, and the clips'
// lengths and the deleted set (needed for every ranking) are kept in memory between queries, read
// again only when another page changed the index (the generation counter moved).
import { readDeleted, readGeneration, TERM_END, termOfKey, type IndexTables, type SearchDoc } from './clip-index';
import { rankMatches, type TermPostings } from './rank-matches';
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

interface Cached {
  generation: number;
  docs: Map<number, SearchDoc>;
  averageLength: number;
  deleted: Set<number>;
}

export class ClipSearch {
  #cached: Cached | null = null;

  constructor(private readonly tables: IndexTables) {}

  async search(text: string, limit = 100): Promise<SearchResult> {
    const query = parseQuery(text);
    if (!query.terms.length && !query.prefix) return { hits: [], highlights: [] };
    const cached = await this.#fresh();
    const [required, prefixed] = await Promise.all([
      Promise.all(query.terms.map((term) => this.#termPostings(term))),
      query.prefix ? this.#prefixPostings(query.prefix) : null,
    ]);
    const matches = rankMatches(
      { required, prefixed, deleted: cached.deleted, limit },
      { clipCount: cached.docs.size, averageLength: cached.averageLength, lengthOf: (seq) => cached.docs.get(seq)?.length ?? 0 },
    );
    const hits = matches.flatMap(({ seq, score }) => {
      const doc = cached.docs.get(seq);
      return doc ? [{ clipId: doc.clipId, score }] : [];
    });
    return { hits, highlights: query.highlights };
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

  async #fresh(): Promise<Cached> {
    const generation = await readGeneration(this.tables);
    if (this.#cached?.generation === generation) return this.#cached;
    const [all, deleted] = await Promise.all([this.tables.searchDocs.toArray(), readDeleted(this.tables)]);
    const docs = new Map(all.map((doc) => [doc.seq!, doc]));
    const averageLength = all.length ? all.reduce((total, doc) => total + doc.length, 0) / all.length : 0;
    this.#cached = { generation, docs, averageLength, deleted: new Set(deleted) };
    return this.#cached;
  }
}
