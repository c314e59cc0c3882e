// The lines under each search result that show where the words are: read for the rows in view only,
// since a clip's body is kilobytes and the results may be a thousand.
import { useCallback, useRef, useState } from 'react';
import type { Snippet } from '@/utils/library/search/clip-snippet';
import type { LibrarySearcher } from '@/utils/library/search/library-searcher';
import { afterPaint } from './page-timing';

const NONE: ReadonlyMap<string, Snippet> = new Map();

export function useSnippets(search: LibrarySearcher, highlights: readonly string[]) {
  // Snippets belong to the words they mark: state and requests are keyed by them, so a late answer
  // for the previous words is dropped. (The list asks for its rows in its own effect, which runs
  // before any effect of this page's could reset things.)
  const key = highlights.join('\u0000');
  const [loaded, setLoaded] = useState<{ key: string; snippets: ReadonlyMap<string, Snippet> }>({ key, snippets: NONE });
  const asked = useRef<{ key: string; ids: Set<string> }>({ key, ids: new Set() });

  const onInView = useCallback(
    (ids: string[]) => {
      if (asked.current.key !== key) asked.current = { key, ids: new Set() };
      const missing = ids.filter((id) => !asked.current.ids.has(id));
      if (!missing.length || !highlights.length) return;
      for (const id of missing) asked.current.ids.add(id);
      // After the results are painted: reading and marking the bodies of a screenful of rows took
      // longer than the search, and the results showing first is what makes a search feel quick.
      afterPaint(() => {
        if (asked.current.key !== key) return;
        void search.snippets(missing, highlights).then((made) => {
          if (asked.current.key !== key) return;
          setLoaded((previous) => ({ key, snippets: new Map([...(previous.key === key ? previous.snippets : NONE), ...made]) }));
        });
      });
    },
    // `key` stands for the highlights' content.
    [search, key],
  );

  return { snippets: loaded.key === key ? loaded.snippets : NONE, onInView };
}
