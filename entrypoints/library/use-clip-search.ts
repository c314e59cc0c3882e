// Full-text search as the user types: each query runs against the index in IndexedDB (in the search
// worker), and only the latest query's results are kept (an earlier, slower one finishing late must not
// replace them).
import { useEffect, useMemo, useState } from 'react';
import type { ClipDatabase } from '@/utils/library/clip-database';
import type { ListedClip } from '@/utils/library/listed-clip';
import type { LibrarySearcher } from '@/utils/library/search/library-searcher';

/**
 * More than anyone reads down a list of results; before the page holds every summary, each is an
 * IndexedDB read to map to its clip, and a thousand of those took longer than the search itself.
 */
export const MAX_HITS = 200;

export interface SearchState {
  /** The query these results are for; '' when not searching. */
  query: string;
  /** Matching clips, best first. */
  hits: ListedClip[];
  highlights: string[];
  /** When the query was typed, for the page's search timing. */
  startedAt: number;
  error: string | null;
}

/**
 * `known` maps ids to the summaries the page holds, when it holds all of them: hits are then shown
 * without reading their summaries again, nor (by their numbers in the index) their ids. It changing
 * (the library changed) runs the query again.
 */
export function useClipSearch(db: ClipDatabase, search: LibrarySearcher, query: string, startedAt: number, known: ReadonlyMap<string, ListedClip> | null): SearchState {
  const bySeq = useMemo(() => (known ? new Map([...known.values()].flatMap((summary) => (summary.seq === undefined ? [] : [[summary.seq, summary] as const]))) : null), [known]);
  const [state, setState] = useState<SearchState>({ query: '', hits: [], highlights: [], startedAt: 0, error: null });

  useEffect(() => {
    const text = query.trim();
    if (!text) return setState({ query: '', hits: [], highlights: [], startedAt, error: null });
    let current = true;
    void (async () => {
      try {
        const { matches, highlights } = await search.rank(text, MAX_HITS);
        let summaries: (ListedClip | undefined)[];
        if (bySeq && matches.every((match) => bySeq.has(match.seq))) summaries = matches.map((match) => bySeq.get(match.seq));
        else {
          const ids = (await search.hitsOf(matches)).map((hit) => hit.clipId);
          summaries = known ? ids.map((id) => known.get(id)) : await db.summaries.bulkGet(ids);
        }
        if (!current) return;
        const hits = summaries.filter((summary): summary is ListedClip => summary !== undefined);
        setState({ query, hits, highlights, startedAt, error: null });
      } catch (error) {
        if (current) setState({ query, hits: [], highlights: [], startedAt, error: `Search failed: ${(error as Error).message}` });
      }
    })();
    return () => {
      current = false;
    };
  }, [db, search, query, startedAt, known, bySeq]);

  return state;
}
