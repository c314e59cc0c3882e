// The library page's search (utils/library/search/library-searcher.ts), in a worker for the page's
// lifetime; the page calls it through Comlink (search-in-worker.ts).
import { expose } from 'comlink';
import { ClipDatabase } from '@/utils/library/clip-database';
import { librarySearcher } from '@/utils/library/search/library-searcher';

expose(librarySearcher(new ClipDatabase()));
