// Reading the library's summaries for the list: the newest few first, so the page paints at once,
// then all of them in chunks, so 50,000 never block the page in one long read.
import type { ClipDatabase } from './clip-database';
import type { ClipSummary } from './clip-summary';

export function readNewestSummaries(db: ClipDatabase, count: number): Promise<ClipSummary[]> {
  return db.summaries.orderBy('createdAt').reverse().limit(count).toArray();
}

/** Every summary, in chunks in id order (keyset paging: an offset would re-walk the index on every chunk). */
export async function* readAllSummaries(db: ClipDatabase, chunkSize = 5000): AsyncGenerator<ClipSummary[], void, undefined> {
  let after: string | null = null;
  for (;;) {
    const chunk: ClipSummary[] = await (after === null ? db.summaries.orderBy(':id') : db.summaries.where(':id').above(after)).limit(chunkSize).toArray();
    if (chunk.length) yield chunk;
    if (chunk.length < chunkSize) return;
    after = chunk.at(-1)!.id;
  }
}
