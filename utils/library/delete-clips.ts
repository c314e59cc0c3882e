// Deleting clips: the clips, their summaries and their index entries go in one transaction, so the
// list and search never offer a clip that is gone. Returns what was deleted, for an undo.
import type { ClipDatabase } from './clip-database';
import { deleteClipRows, libraryTables, putClipRows } from './clip-rows';
import type { StoredClip } from './stored-clip';

export async function deleteClips(db: ClipDatabase, ids: readonly string[]): Promise<StoredClip[]> {
  return db.transaction('rw', libraryTables(db), () => deleteClipRows(db, ids));
}

/** Undo: the deleted clips come back as they were, ids and times included. */
export async function restoreClips(db: ClipDatabase, clips: readonly StoredClip[]): Promise<void> {
  await db.transaction('rw', libraryTables(db), () => putClipRows(db, clips));
}
