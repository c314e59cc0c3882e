// Deleting clips: the clips and their index entries go in one transaction, so search never offers a
// clip that is gone. Returns what was deleted, for an undo that saves them back.
import type { ClipDatabase } from './clip-database';
import { unindexClips } from './search/clip-index';
import type { StoredClip } from './stored-clip';

export async function deleteClips(db: ClipDatabase, ids: readonly string[]): Promise<StoredClip[]> {
  return db.transaction('rw', [db.clips, db.searchDocs, db.postings, db.searchState], async () => {
    const clips = (await db.clips.bulkGet([...ids])).filter((clip): clip is StoredClip => clip !== undefined);
    await db.clips.bulkDelete(clips.map((clip) => clip.id));
    await unindexClips(db, clips.map((clip) => clip.id));
    return clips;
  });
}
