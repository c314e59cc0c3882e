// The clip library: IndexedDB in the extension's origin (survives restarts, no size cap
// like storage.local's), through dexie for versioned schemas and transactions.
import Dexie, { type DexieOptions, type Table } from 'dexie';
import { indexClips, INDEX_STORES, type IndexTables, type PostingsRow, type SearchDoc, type SearchStateRow } from './search/clip-index';
import { IMAGE_STORE, type ClipImageRow } from './clip-images-table';
import { fromClipRow, type ClipRow } from './clip-row';
import { summaryOf, type ClipSummary } from './clip-summary';
import type { StoredClip } from './stored-clip';

export const LIBRARY_DB_NAME = 'clipdown-library';

const CLIP_STORE = 'id, url, canonicalUrl, createdAt, updatedAt, site, title';

export class ClipDatabase extends Dexie implements IndexTables {
  /** Written as compact rows (clip-row.ts), read back as whole clips. */
  clips!: Table<StoredClip, string, ClipRow>;
  summaries!: Table<ClipSummary, string>;
  images!: Table<ClipImageRow, [string, string]>;
  searchDocs!: Table<SearchDoc, number>;
  postings!: Table<PostingsRow, string>;
  searchState!: Table<SearchStateRow, string>;

  /** `options` lets tests pass fake-indexeddb; extension pages use the browser's IndexedDB. */
  constructor(name = LIBRARY_DB_NAME, options?: DexieOptions) {
    super(name, options);
    this.version(1).stores({ clips: CLIP_STORE });
    // Version 2 adds the full-text index; clips saved before it are indexed during the upgrade.
    this.version(2)
      .stores({ clips: CLIP_STORE, ...INDEX_STORES })
      .upgrade(async (tx) => {
        const clips = await tx.table<StoredClip, string>('clips').toArray();
        const tables: IndexTables = { searchDocs: tx.table('searchDocs'), postings: tx.table('postings'), searchState: tx.table('searchState') };
        await indexClips(tables, clips.map((clip) => ({ clipId: clip.id, title: clip.title, body: clip.body })));
      });
    // Version 3 adds the summaries the library page lists, filled from the clips saved before it.
    this.version(3)
      .stores({ clips: CLIP_STORE, ...INDEX_STORES, summaries: 'id, createdAt' })
      .upgrade(async (tx) => {
        const clips = await tx.table<StoredClip, string>('clips').toArray();
        const docs = await tx.table<SearchDoc, number>('searchDocs').toArray();
        const seqOf = new Map(docs.map((doc) => [doc.clipId, doc.seq]));
        await tx.table<ClipSummary, string>('summaries').bulkPut(clips.map((clip) => summaryOf(clip, seqOf.get(clip.id))));
      });
    // Version 4 keeps the images of clips saved with local images (nothing to fill: none were kept before).
    this.version(4).stores({ clips: CLIP_STORE, ...INDEX_STORES, summaries: 'id, createdAt', images: IMAGE_STORE });
    this.clips.hook('reading', fromClipRow);
  }

  /**
   * The rows as IndexedDB holds them, past the reading hook, in the order of `ids` (undefined where a clip
   * is gone): an export copies packed Markdown into its ZIP without unpacking it.
   */
  readRows(ids: readonly string[]): Promise<Array<ClipRow | undefined>> {
    return this.transaction('r', this.clips, async (tx) => {
      const store = tx.idbtrans.objectStore('clips');
      return await Promise.all(ids.map((id) => new Promise<ClipRow | undefined>((resolve, reject) => {
        const request = store.get(id);
        request.onsuccess = () => resolve(request.result as ClipRow | undefined);
        request.onerror = () => reject(request.error);
      })));
    });
  }
}
