// The clips an export writes, read from IndexedDB a batch at a time and yielded one by one, in the
// order of the ids given (the library's id order for all clips): 50,000 clips never sit in memory at once.
import type { ClipDatabase } from '../clip-database';
import type { StoredClip } from '../stored-clip';

/** A few hundred clips of typical Markdown (~10 KB each) is a few MB per read, and few enough reads that per-read overhead stays small. */
export const READ_BATCH_SIZE = 250;

/**
 * `ids` null means every clip, as the library holds them when the export starts. A clip deleted
 * since it was selected is passed over: the export writes what is still there.
 */
export async function* readClips(db: ClipDatabase, ids: readonly string[] | null, batchSize = READ_BATCH_SIZE): AsyncGenerator<StoredClip, void, undefined> {
  // Only the keys are read up front (a few MB for 50,000 clips), so "all" is read in batches like a selection.
  const keys = ids ?? (await db.clips.toCollection().primaryKeys());
  for (let start = 0; start < keys.length; start += batchSize) {
    const batch = await db.clips.bulkGet(keys.slice(start, start + batchSize));
    for (const clip of batch) if (clip) yield clip;
  }
}
