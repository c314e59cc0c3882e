// Every write of clips goes through here, so a clip, its summary and its search-index entries are
// written (or deleted) together. Call inside `db.transaction('rw', libraryTables(db), …)`: the caller
// decides what else belongs to the same all-or-nothing write.
import type { ClipDatabase } from './clip-database';
import { summaryOf } from './clip-summary';
import { indexClips, unindexClips } from './search/clip-index';
import type { StoredClip } from './stored-clip';

export function libraryTables(db: ClipDatabase) {
  return [db.clips, db.summaries, db.searchDocs, db.postings, db.searchState];
}

export async function putClipRows(db: ClipDatabase, clips: readonly StoredClip[]): Promise<void> {
  await db.clips.bulkPut([...clips]);
  await db.summaries.bulkPut(clips.map(summaryOf));
  await indexClips(db, clips.map((clip) => ({ clipId: clip.id, title: clip.title, body: clip.body })));
}

/** Deletes the clips with these ids; returns the ones there were, for an undo that puts them back. */
export async function deleteClipRows(db: ClipDatabase, ids: readonly string[]): Promise<StoredClip[]> {
  const clips = (await db.clips.bulkGet([...ids])).filter((clip): clip is StoredClip => clip !== undefined);
  const found = clips.map((clip) => clip.id);
  await db.clips.bulkDelete(found);
  await db.summaries.bulkDelete(found);
  await unindexClips(db, found);
  return clips;
}
