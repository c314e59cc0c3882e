// The clips an export writes, read from IndexedDB a batch at a time and yielded one by one, in the
// order of the ids given (the library's id order for all clips): 50,000 clips never sit in memory at once.
// They come as stored rows, Markdown still packed: a ZIP copies it as it is, a backup unpacks it (clip-row.ts).
import type { ClipDatabase } from '../clip-database';
import type { ClipRow } from '../clip-row';

/** A few hundred clips of typical Markdown (~10 KB each) is a few MB per read, and few enough reads that per-read overhead stays small. */
export const READ_BATCH_SIZE = 250;

/**
 * `ids` null means every clip, as the library holds them when the export starts. A clip deleted
 * since it was selected is passed over: the export writes what is still there.
 *
 * The next batch is read while the caller writes this one: IndexedDB serves reads from the browser
 * process, so the two overlap (at 10,000 clips of unpacked Markdown, reading alone took 3 of a 6 s export in a worker).
 * `getAll` over each batch's key range was no help: in Chromium 156 it read twice as slowly as a get per clip.
 */
export async function* readClips(db: ClipDatabase, ids: readonly string[] | null, batchSize = READ_BATCH_SIZE): AsyncGenerator<ClipRow, void, undefined> {
  // Only the ids are read up front, so "all" is read in batches like a selection. They come from the
  // summaries, written and deleted with the clips: listing the clips' own keys reads their Markdown off
  // disk too (0.3 s at 10,000 clips in Chromium).
  const keys = ids ?? (await db.summaries.toCollection().primaryKeys());
  const read = (start: number) => db.readRows(keys.slice(start, start + batchSize));
  let next = keys.length ? read(0) : null;
  try {
    for (let start = 0; next; start += batchSize) {
      const batch = await next;
      next = start + batchSize < keys.length ? read(start + batchSize) : null;
      for (const clip of batch) if (clip) yield clip;
    }
  } finally {
    // A cancelled export leaves a read in flight; its failure, if any, concerns no one.
    next?.catch(() => {});
  }
}
