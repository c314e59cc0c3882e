// A library job run in its own worker (library-worker.ts): one worker per job, ended when the job is,
// so a cancel stops it at once, wherever it is.
import type { Exporter } from '@/components/library/ExportPanel';
import type { Importer } from '@/components/library/ImportPanel';
import type { FromLibraryWorker, JobResult, LibraryJob } from './library-jobs';

interface JobOptions {
  onProgress?: (done: number) => void;
  signal?: AbortSignal;
}

export async function runInWorker<J extends LibraryJob>(job: J, { onProgress, signal }: JobOptions = {}): Promise<JobResult<J>> {
  signal?.throwIfAborted();
  const worker = new Worker(new URL('./library-worker.ts', import.meta.url), { type: 'module', name: `clipdown-${job.kind}` });
  let onAbort = () => {};
  try {
    return await new Promise<JobResult<J>>((resolve, reject) => {
      onAbort = () => reject(signal!.reason);
      signal?.addEventListener('abort', onAbort, { once: true });
      worker.onmessage = ({ data }: MessageEvent<FromLibraryWorker>) => {
        if (data.type === 'progress') onProgress?.(data.done);
        else if (data.type === 'done') resolve(data.result as JobResult<J>);
        else reject(new Error(data.message));
      };
      worker.onerror = (event) => reject(new Error(`The ${job.kind} stopped: ${event.message || 'its worker could not start'}.`));
      worker.postMessage(job);
    });
  } finally {
    signal?.removeEventListener('abort', onAbort);
    worker.terminate();
  }
}

export const exportInWorker: Exporter = async function* (request, { total, onProgress, signal }) {
  const { blob, done } = await runInWorker({ kind: 'export', request, total }, { onProgress: (n) => onProgress?.(n, total), signal });
  onProgress?.(done, total);
  yield blob;
};

export const importInWorker: Importer = (file) => runInWorker({ kind: 'import', file, now: Date.now() });
