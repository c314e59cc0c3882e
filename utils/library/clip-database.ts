// The clip library: IndexedDB in the extension's origin (survives restarts, no size cap
// like storage.local's), through dexie for versioned schemas and transactions.
import Dexie, { type DexieOptions, type Table } from 'dexie';
import type { StoredClip } from './stored-clip';

export const LIBRARY_DB_NAME = 'clipdown-library';

export class ClipDatabase extends Dexie {
  clips!: Table<StoredClip, string>;

  /** `options` lets tests pass fake-indexeddb; extension pages use the browser's IndexedDB. */
  constructor(name = LIBRARY_DB_NAME, options?: DexieOptions) {
    super(name, options);
    this.version(1).stores({ clips: 'id, url, canonicalUrl, createdAt, updatedAt, site, title' });
  }
}
