// The library page's side of its jobs run in a worker: what the worker reports reaches the panel, its
// result is the job's, its failure is the job's error, and a cancel ends the worker at once.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { FromLibraryWorker, LibraryJob } from '@/entrypoints/library/library-jobs';
import { exportInWorker, importInWorker } from '@/entrypoints/library/run-in-worker';
import type { FileOutcome } from '@/utils/library/import/import-file';
import type { ExportRequest } from '@/utils/library/export/export-chunks';

/** Stands in for the browser's Worker: records what it was sent, and lets the test answer. */
class FakeWorker {
  static last: FakeWorker | undefined;
  onmessage: ((event: { data: FromLibraryWorker }) => void) | null = null;
  onerror: ((event: { message: string }) => void) | null = null;
  sent: LibraryJob[] = [];
  terminated = false;
  constructor(readonly url: URL) {
    FakeWorker.last = this;
  }
  postMessage(message: LibraryJob) {
    this.sent.push(message);
  }
  terminate() {
    this.terminated = true;
  }
  answer(data: FromLibraryWorker) {
    this.onmessage?.({ data });
  }
}

const REQUEST: ExportRequest = { kind: 'zip', ids: ['a', 'b', 'c'], layout: 'flat', images: false };

beforeEach(() => {
  FakeWorker.last = undefined;
  vi.stubGlobal('Worker', FakeWorker);
});
afterEach(() => vi.unstubAllGlobals());

describe('library jobs run in a worker', () => {
  it('sends the request, passes on progress, and yields the worker’s file', async () => {
    const progress: [number, number | undefined][] = [];
    const chunks = exportInWorker(REQUEST, { total: 3, onProgress: (done, total) => progress.push([done, total]) })[Symbol.asyncIterator]();
    const first = chunks.next();
    await vi.waitFor(() => expect(FakeWorker.last?.sent).toEqual([{ kind: 'export', request: REQUEST, total: 3 }]));
    expect(FakeWorker.last!.url.pathname).toMatch(/library-worker/);
    FakeWorker.last!.answer({ type: 'progress', done: 1 });
    const file = new Blob(['PK']);
    // Two clips were written: one was deleted after the export started.
    FakeWorker.last!.answer({ type: 'done', result: { blob: file, done: 2 } });
    expect(await first).toEqual({ done: false, value: file });
    expect(await chunks.next()).toEqual({ done: true, value: undefined });
    expect(progress).toEqual([[1, 3], [2, 3]]);
    expect(FakeWorker.last!.terminated).toBe(true);
  });

  it('fails with the worker’s message', async () => {
    const chunks = exportInWorker(REQUEST, { total: 3 })[Symbol.asyncIterator]();
    const first = chunks.next();
    await vi.waitFor(() => expect(FakeWorker.last?.sent).toHaveLength(1));
    FakeWorker.last!.answer({ type: 'failed', message: 'Clip “x” has an image at “../y.png”, which would land outside its folder.' });
    await expect(first).rejects.toThrow('which would land outside its folder');
    expect(FakeWorker.last!.terminated).toBe(true);
  });

  it('imports a file there, and hands back what became of it', async () => {
    const file = new File(['{}'], 'backup.json');
    const importing = importInWorker(file);
    const job = FakeWorker.last!.sent[0] as Extract<LibraryJob, { kind: 'import' }>;
    expect(job).toMatchObject({ kind: 'import', file });
    expect(Math.abs(job.now - Date.now())).toBeLessThan(60_000);
    const outcome: FileOutcome = { fileName: 'backup.json', ok: false, message: 'This file is not a Clipdown backup.' };
    FakeWorker.last!.answer({ type: 'done', result: outcome });
    expect(await importing).toEqual(outcome);
    expect(FakeWorker.last!.terminated).toBe(true);
  });

  it('ends the worker when cancelled, without waiting for it', async () => {
    const controller = new AbortController();
    const chunks = exportInWorker(REQUEST, { total: 3, signal: controller.signal })[Symbol.asyncIterator]();
    const first = chunks.next();
    await vi.waitFor(() => expect(FakeWorker.last?.sent).toHaveLength(1));
    const worker = FakeWorker.last!;
    controller.abort();
    await expect(first).rejects.toMatchObject({ name: 'AbortError' });
    expect(worker.terminated).toBe(true);
  });
});
