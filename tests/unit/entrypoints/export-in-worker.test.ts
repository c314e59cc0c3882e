// The library page's side of an export run in a worker: what the worker reports reaches the panel, its
// Blob is the export, its failure is the export's error, and a cancel ends the worker at once.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { FromExportWorker, ToExportWorker } from '@/entrypoints/library/export-messages';
import { exportInWorker } from '@/entrypoints/library/export-in-worker';
import type { ExportRequest } from '@/utils/library/export/export-chunks';

/** Stands in for the browser's Worker: records what it was sent, and lets the test answer. */
class FakeWorker {
  static last: FakeWorker | undefined;
  onmessage: ((event: { data: FromExportWorker }) => void) | null = null;
  onerror: ((event: { message: string }) => void) | null = null;
  sent: ToExportWorker[] = [];
  terminated = false;
  constructor(readonly url: URL) {
    FakeWorker.last = this;
  }
  postMessage(message: ToExportWorker) {
    this.sent.push(message);
  }
  terminate() {
    this.terminated = true;
  }
  answer(data: FromExportWorker) {
    this.onmessage?.({ data });
  }
}

const REQUEST: ExportRequest = { kind: 'zip', ids: ['a', 'b', 'c'], layout: 'flat', images: false };

beforeEach(() => {
  FakeWorker.last = undefined;
  vi.stubGlobal('Worker', FakeWorker);
});
afterEach(() => vi.unstubAllGlobals());

describe('an export run in a worker', () => {
  it('sends the request, passes on progress, and yields the worker’s file', async () => {
    const progress: [number, number | undefined][] = [];
    const chunks = exportInWorker(REQUEST, { total: 3, onProgress: (done, total) => progress.push([done, total]) })[Symbol.asyncIterator]();
    const first = chunks.next();
    await vi.waitFor(() => expect(FakeWorker.last?.sent).toEqual([{ request: REQUEST, total: 3 }]));
    expect(FakeWorker.last!.url.pathname).toMatch(/export-worker/);
    FakeWorker.last!.answer({ type: 'progress', done: 1 });
    const file = new Blob(['PK']);
    // Two clips were written: one was deleted after the export started.
    FakeWorker.last!.answer({ type: 'done', blob: file, done: 2 });
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
