// An export run in its own worker (export-worker.ts), handed back as one Blob. Cancelling ends the
// worker at once, wherever it is.
import type { Exporter } from '@/components/library/ExportPanel';
import type { FromExportWorker, ToExportWorker } from './export-messages';

export const exportInWorker: Exporter = async function* (request, { total, onProgress, signal }) {
  signal?.throwIfAborted();
  const worker = new Worker(new URL('./export-worker.ts', import.meta.url), { type: 'module', name: 'clipdown-export' });
  let onAbort = () => {};
  try {
    const blob = await new Promise<Blob>((resolve, reject) => {
      onAbort = () => reject(signal!.reason);
      signal?.addEventListener('abort', onAbort, { once: true });
      worker.onmessage = ({ data }: MessageEvent<FromExportWorker>) => {
        if (data.type === 'progress') onProgress?.(data.done, total);
        else if (data.type === 'done') {
          onProgress?.(data.done, total);
          resolve(data.blob);
        }
        else reject(new Error(data.message));
      };
      worker.onerror = (event) => reject(new Error(`The export stopped: ${event.message || 'its worker could not start'}.`));
      worker.postMessage({ request, total } satisfies ToExportWorker);
    });
    yield blob;
  } finally {
    signal?.removeEventListener('abort', onAbort);
    worker.terminate();
  }
};
