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
  if (ids === null) {
    // Every clip, in id order: a page of the key range is one IndexedDB request, where a bulkGet of the
    // same clips is one request per clip (in Chromium, each a round trip to the browser process).
    let after: string | null = null;
    for (;;) {
      const batch: StoredClip[] = await (after === null ? db.clips.orderBy(':id') : db.clips.where(':id').above(after)).limit(batchSize).toArray();
      yield* batch;
      if (batch.length < batchSize) return;
      after = batch.at(-1)!.id;
    }
  }
  for (let start = 0; start < ids.length; start += batchSize) {
    const batch = await db.clips.bulkGet(ids.slice(start, start + batchSize));
    for (const clip of batch) if (clip) yield clip;
  }
}
