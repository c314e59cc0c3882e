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
 * Clips are written and indexed at most an index block at a time, each batch ending where a block does.
 * The index gathers the postings of all the clips it is given before it writes them, an object per word
 * of each clip: a 50,000-clip ZIP imported at once held tens of millions of them. A batch ending
 * mid-block would have the next one read and write that block's rows again.
 */
export async function putClipRows(db: ClipDatabase, clips: readonly StoredClip[]): Promise<void> {
  // Where the index's numbering stands (clips are numbered on from there, in order); if the last numbers
  // were deleted it stands further on, and the first batch merely ends mid-block.
  let seq = (((await db.searchDocs.orderBy(':id').lastKey()) as number | undefined) ?? 0) + 1;
  for (let start = 0; start < clips.length; ) {
    const batch = clips.slice(start, start + BLOCK_SIZE - (seq % BLOCK_SIZE));
    await db.clips.bulkPut(batch.map(toClipRow));
    const seqs = await indexClips(db, batch.map((clip) => ({ clipId: clip.id, title: clip.title, body: clip.body })));
    await db.summaries.bulkPut(batch.map((clip, i) => summaryOf(clip, seqs[i])));
    start += batch.length;
    seq = seqs.at(-1)! + 1;
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
