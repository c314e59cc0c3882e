// Full-text search as the user types: each query runs against the index in IndexedDB (in the search
// worker), and only the latest query's results are kept (an earlier, slower one finishing late must not
// replace them).
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ClipDatabase } from '@/utils/library/clip-database';
import type { ListedClip } from '@/utils/library/listed-clip';
import type { RankedResult } from '@/utils/library/search/clip-search';
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
 *
 * The page calls the `begin` it returns as the query is typed, before it re-renders for it: the worker
 * then ranks while the page draws, instead of after (4–8 ms a search at 50,000 clips).
 */
export function useClipSearch(
  db: ClipDatabase,
  search: LibrarySearcher,
  query: string,
  startedAt: number,
  known: ReadonlyMap<string, ListedClip> | null,
): [SearchState, (typed: string) => void] {
  const begun = useRef<{ text: string; ranked: Promise<RankedResult> } | null>(null);
  const begin = useCallback(
    (typed: string) => {
      const text = typed.trim();
      const ranked = text ? search.rank(text, MAX_HITS) : null;
      // Superseded before the page asks for it, its failure is nobody's to report.
      ranked?.catch(() => undefined);
      begun.current = ranked ? { text, ranked } : null;
    },
    [search],
  );
  const bySeq = useMemo(() => (known ? new Map([...known.values()].flatMap((summary) => (summary.seq === undefined ? [] : [[summary.seq, summary] as const]))) : null), [known]);
  const [state, setState] = useState<SearchState>({ query: '', hits: [], highlights: [], startedAt: 0, error: null });

  useEffect(() => {
    const text = query.trim();
    if (!text) return setState({ query: '', hits: [], highlights: [], startedAt, error: null });
    let current = true;
    const early = begun.current?.text === text ? begun.current.ranked : null;
    begun.current = null;
    void (async () => {
      try {
        const { matches, highlights } = await (early ?? search.rank(text, MAX_HITS));
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

  return [state, begin];
}
