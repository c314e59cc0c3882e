// The library's exports run here, off the page's main thread, so the page stays responsive while
// thousands of clips are read and written. It is faster too: Chromium collects an extension page's heap
// in memory-saving mode, a full collection every few MB of clips read, and a worker's normally. Measured
// on 10,000 clips (84 MB): 6 s in a worker against 9 s in the page.
import { ClipDatabase } from '@/utils/library/clip-database';
import { collectBlob } from '@/utils/library/export/collect-blob';
import { EXPORT_MIME_TYPES, exportChunks } from '@/utils/library/export/export-chunks';
import type { FromExportWorker, ToExportWorker } from './export-messages';

/** The page renders progress ten times a second at most: more messages would only queue. */
const PROGRESS_INTERVAL_MS = 100;

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ToExportWorker>) => void) | null;
  postMessage(message: FromExportWorker): void;
};

scope.onmessage = async ({ data: { request, total } }) => {
  const db = new ClipDatabase();
  let postedAt = 0;
  let written = 0;
  const onProgress = (done: number) => {
    written = done;
    if (done < total && performance.now() - postedAt < PROGRESS_INTERVAL_MS) return;
    postedAt = performance.now();
    scope.postMessage({ type: 'progress', done });
  };
  try {
    const blob = await collectBlob(exportChunks(db, request, { total, onProgress }), EXPORT_MIME_TYPES[request.kind]);
    scope.postMessage({ type: 'done', blob, done: written });
  } catch (error) {
    scope.postMessage({ type: 'failed', message: (error as Error)?.message ?? String(error) });
  } finally {
    db.close();
  }
};
