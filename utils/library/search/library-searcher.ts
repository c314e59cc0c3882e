// Everything the library page asks of search, over the page's own IndexedDB connection or a worker's:
// the page runs it in a worker (entrypoints/library/search-worker.ts), so reading the index, ranking and
// making snippets neither take the page's thread while the user types nor fill its heap. (Chromium
// collects an extension page's heap in memory-saving mode: at 50,000 clips a full collection came
// every ten searches or so, and each one landing in a search made it the slowest.)
import type { ClipDatabase } from '../clip-database';
import { ClipSearch, type RankedResult, type SearchHit } from './clip-search';
import { clipSnippet, type Snippet } from './clip-snippet';
import type { RankedMatch } from './rank-matches';

export interface LibrarySearcher {
  /** The best `limit` matches by their clips' numbers in the index, and the words to mark. */
  rank(text: string, limit: number): Promise<RankedResult>;
  /** Matches to clip ids, for a page that does not hold every clip's number. */
  hitsOf(matches: readonly RankedMatch[]): Promise<SearchHit[]>;
  /** A snippet for each clip still in the library, by id. */
  snippets(clipIds: readonly string[], highlights: readonly string[]): Promise<Array<[string, Snippet]>>;
  /**
   * Searches for the newest clip's title, unseen, so that the worker has its database open and the code a
   * search runs compiled before the user's first search (the first searches after the page opened were
   * the slowest).
   */
  warmUp(): Promise<void>;
}

/** Results a warm-up search asks for: enough to run every step, too few to take long. */
const WARM_UP_HITS = 20;

export function librarySearcher(db: ClipDatabase): LibrarySearcher {
  const search = new ClipSearch(db);
  const searcher: LibrarySearcher = {
    rank: (text, limit) => search.rank(text, limit),
    hitsOf: (matches) => search.hitsOf(matches),
    async snippets(clipIds, highlights) {
      const clips = await db.clips.bulkGet([...clipIds]);
      return clips.flatMap((clip) => (clip ? [[clip.id, clipSnippet(clip.body, highlights)] as [string, Snippet]] : []));
    },
    async warmUp() {
      const newest = await db.summaries.orderBy('createdAt').last();
      if (!newest) return;
      const { matches, highlights } = await searcher.rank(newest.title, WARM_UP_HITS);
      const hits = await searcher.hitsOf(matches);
      await searcher.snippets(hits.map((hit) => hit.clipId), highlights);
    },
  };
  return searcher;
}
