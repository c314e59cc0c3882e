// Every write of clips goes through here, so a clip, its summary, its search-index entries (and, on
// delete, its images) are written or deleted together. Call inside `db.transaction('rw', libraryTables(db), …)`: the caller
// decides what else belongs to the same all-or-nothing write. Pass an `async` function: dexie keeps
// the transaction across native awaits only in one (a plain arrow returning these promises lost it
// after the first await: "Transaction committed too early").
import type { ClipDatabase } from './clip-database';
import type { ClipImageRow } from './clip-images-table';
import { toClipRow } from './clip-row';
import { summaryOf } from './clip-summary';
import { BLOCK_SIZE, indexClips, unindexClips } from './search/clip-index';
import type { StoredClip } from './stored-clip';

export function libraryTables(db: ClipDatabase) {
  return [db.clips, db.summaries, db.searchDocs, db.postings, db.searchState, db.images];
}

/**
 * Clips written and indexed at a time. The index gathers the postings of all the clips it is given
 * before it writes them, an object per word of each clip: a 50,000-clip ZIP imported at once held tens
 * of millions of them. One index block's worth keeps that bounded and writes most rows once.
 */
const WRITE_BATCH = BLOCK_SIZE;

export async function putClipRows(db: ClipDatabase, clips: readonly StoredClip[]): Promise<void> {
  for (let start = 0; start < clips.length; start += WRITE_BATCH) {
    const batch = clips.slice(start, start + WRITE_BATCH);
    await db.clips.bulkPut(batch.map(toClipRow));
    const seqs = await indexClips(db, batch.map((clip) => ({ clipId: clip.id, title: clip.title, body: clip.body })));
    await db.summaries.bulkPut(batch.map((clip, i) => summaryOf(clip, seqs[i])));
  }
}

export interface DeletedClips {
  clips: StoredClip[];
  images: ClipImageRow[];
}

/** Deletes the clips with these ids and their images; returns what there was, for an undo that puts it back. */
export async function deleteClipRows(db: ClipDatabase, ids: readonly string[]): Promise<DeletedClips> {
  const clips = (await db.clips.bulkGet([...ids])).filter((clip): clip is StoredClip => clip !== undefined);
  const found = clips.map((clip) => clip.id);
  const images = await db.images.where('clipId').anyOf(found).toArray();
  await db.clips.bulkDelete(found);
  await db.summaries.bulkDelete(found);
  await db.images.where('clipId').anyOf(found).delete();
  await unindexClips(db, found);
  return { clips, images };
}
