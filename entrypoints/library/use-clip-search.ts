// Full-text search as the user types: each query runs against the index in IndexedDB, and only the
// latest query's results are kept (an earlier, slower one finishing late must not replace them).
import { useEffect, useMemo, useState } from 'react';
import type { ClipDatabase } from '@/utils/library/clip-database';
import type { ClipSummary } from '@/utils/library/clip-summary';
import { ClipSearch } from '@/utils/library/search/clip-search';

/** More than anyone reads, few enough to map to summaries in one read. */
const MAX_HITS = 1000;

export interface SearchState {
  /** The query these results are for; '' when not searching. */
  query: string;
  /** Matching clips, best first. */
  hits: ClipSummary[];
  highlights: string[];
  /** When the query was typed, for the page's search timing. */
  startedAt: number;
  error: string | null;
}

export function useClipSearch(db: ClipDatabase, query: string, startedAt: number, changes: unknown): SearchState {
  const search = useMemo(() => new ClipSearch(db), [db]);
  const [state, setState] = useState<SearchState>({ query: '', hits: [], highlights: [], startedAt: 0, error: null });

  useEffect(() => {
    const text = query.trim();
    if (!text) return setState({ query: '', hits: [], highlights: [], startedAt, error: null });
    let current = true;
    void (async () => {
      try {
        const result = await search.search(text, MAX_HITS);
        const summaries = await db.summaries.bulkGet(result.hits.map((hit) => hit.clipId));
        if (!current) return;
        const hits = summaries.filter((summary): summary is ClipSummary => summary !== undefined);
        setState({ query, hits, highlights: result.highlights, startedAt, error: null });
      } catch (error) {
        if (current) setState({ query, hits: [], highlights: [], startedAt, error: `Search failed: ${(error as Error).message}` });
      }
    })();
    return () => {
      current = false;
    };
    // `changes` reruns the query when the library changed under it.
  }, [db, search, query, startedAt, changes]);

  return state;
}
