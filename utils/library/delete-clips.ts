// Deleting clips: the clips, their summaries and their index entries go in one transaction, so the
// list and search never offer a clip that is gone; its images go too. Returns what was deleted, for an undo.
import type { ClipDatabase } from './clip-database';
import { deleteClipRows, libraryTables, putClipRows, type DeletedClips } from './clip-rows';

export async function deleteClips(db: ClipDatabase, ids: readonly string[]): Promise<DeletedClips> {
  return db.transaction('rw', libraryTables(db), async () => await deleteClipRows(db, ids));
}

/** Undo: the deleted clips come back as they were, ids, times and images included. */
export async function restoreClips(db: ClipDatabase, deleted: DeletedClips): Promise<void> {
  await db.transaction('rw', libraryTables(db), async () => {
    await putClipRows(db, deleted.clips);
    await db.images.bulkPut(deleted.images);
  });
}
