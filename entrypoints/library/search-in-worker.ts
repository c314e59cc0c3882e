// The page's handle on its search worker (search-worker.ts): one worker for the page's lifetime, started
// by the first call, so that loading it does not hold up the page's first rows (on two cores it did).
import { wrap, type Remote } from 'comlink';
import type { LibrarySearcher } from '@/utils/library/search/library-searcher';

export function searchInWorker(): LibrarySearcher {
  let remote: Remote<LibrarySearcher> | null = null;
  const worker = () => (remote ??= wrap<LibrarySearcher>(new Worker(new URL('./search-worker.ts', import.meta.url), { type: 'module', name: 'clipdown-search' })));
  return {
    rank: (text, limit) => worker().rank(text, limit),
    hitsOf: (matches) => worker().hitsOf(matches),
    snippets: (clipIds, highlights) => worker().snippets(clipIds, highlights),
    warmUp: () => worker().warmUp(),
  };
}
