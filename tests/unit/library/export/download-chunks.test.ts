// An export's chunks become one downloaded file: every byte in order, nothing handed to the browser
// until the last chunk, the Blob URL kept until the download ends, and a refused download named as such.
import { resolveObjectURL } from 'node:buffer';
import { describe, expect, it } from 'vitest';
import { downloadChunks, type DownloadChange, type Downloads } from '@/utils/browser/download-chunks';
import { ClipdownFailure } from '@/utils/result';

const MiB = 1024 * 1024;

/** The browser's downloads as far as this module sees them: records each request, reads the file at its URL. */
function fakeDownloads(outcome: { id?: number; refuse?: string } = {}) {
  const listeners = new Set<(change: DownloadChange) => void>();
  const requests: { url: string; filename: string; saveAs: boolean; conflictAction: string; bytes: Uint8Array }[] = [];
  const downloads: Downloads = {
    async download(options) {
      if (outcome.refuse) throw new Error(outcome.refuse);
      const blob = resolveObjectURL(options.url);
      requests.push({ ...options, bytes: new Uint8Array(await blob!.arrayBuffer()) });
      return outcome.id ?? 1;
    },
    onChanged: { addListener: (listener) => listeners.add(listener), removeListener: (listener) => listeners.delete(listener) },
  };
  const change = (id: number, state: string) => listeners.forEach((listener) => listener({ id, state: { current: state } }));
  return { downloads, requests, listeners, change };
}

async function* chunksOf(parts: Uint8Array<ArrayBuffer>[], between: (i: number) => void = () => undefined) {
  for (const [i, part] of parts.entries()) {
    between(i);
    yield part;
  }
}

/** Each part its own byte, so a part out of place shows. */
const filled = (length: number, byte: number) => new Uint8Array(length).fill(byte);

const joined = (parts: Uint8Array[]) => Buffer.concat(parts);

describe('downloading an export', () => {
  it('hands the browser one file with every chunk in order, also past the size at which chunks are folded', async () => {
    const parts = [filled(7 * MiB, 3), filled(11, 5), filled(9 * MiB, 7), filled(3 * MiB, 11)];
    const fake = fakeDownloads({ id: 42 });
    const id = await downloadChunks(chunksOf(parts), 'clipdown-2026-01-02.zip', { type: 'application/zip', downloads: fake.downloads });
    expect(id).toBe(42);
    expect(fake.requests).toHaveLength(1);
    const { bytes, ...request } = fake.requests[0]!;
    expect(request).toMatchObject({ filename: 'clipdown-2026-01-02.zip', saveAs: false, conflictAction: 'uniquify' });
    // Compared as Buffers: a deep equal walks 19 million indices one by one.
    expect(bytes.length).toBe(joined(parts).length);
    expect(Buffer.from(bytes).equals(joined(parts))).toBe(true);
  });

  it('keeps the file’s URL until its own download ends', async () => {
    const fake = fakeDownloads({ id: 7 });
    await downloadChunks(chunksOf([filled(10, 3)]), 'a.json', { type: 'application/json', downloads: fake.downloads });
    const url = fake.requests[0]!.url;
    fake.change(6, 'complete');
    fake.change(7, 'in_progress');
    expect(resolveObjectURL(url)).toBeDefined();
    fake.change(7, 'complete');
    expect(resolveObjectURL(url)).toBeUndefined();
    expect(fake.listeners.size).toBe(0);
  });

  it('frees the URL of a download that ended before the browser gave its id', async () => {
    const fake = fakeDownloads({ id: 3 });
    const download = fake.downloads.download.bind(fake.downloads);
    fake.downloads.download = async (options) => {
      const id = await download(options);
      fake.change(id, 'interrupted');
      return id;
    };
    await downloadChunks(chunksOf([filled(10, 3)]), 'a.json', { type: 'application/json', downloads: fake.downloads });
    expect(resolveObjectURL(fake.requests[0]!.url)).toBeUndefined();
    expect(fake.listeners.size).toBe(0);
  });

  it('downloads nothing when cancelled before the last chunk, and throws the cancel', async () => {
    const controller = new AbortController();
    const fake = fakeDownloads();
    const chunks = chunksOf([filled(10, 3), filled(10, 5)], (i) => i === 1 && controller.abort());
    await expect(downloadChunks(chunks, 'a.zip', { type: 'application/zip', signal: controller.signal, downloads: fake.downloads })).rejects.toMatchObject({ name: 'AbortError' });
    expect(fake.requests).toEqual([]);
  });

  it('lets an export’s own error through, downloading nothing', async () => {
    const fake = fakeDownloads();
    const chunks = chunksOf([filled(10, 3), filled(10, 5)], (i) => {
      if (i === 1) throw new Error('One ZIP holds at most 65,535 files');
    });
    await expect(downloadChunks(chunks, 'a.zip', { type: 'application/zip', downloads: fake.downloads })).rejects.toThrow('One ZIP holds at most 65,535 files');
    expect(fake.requests).toEqual([]);
  });

  it('says which file did not start when the browser refuses it, and frees its URL', async () => {
    const fake = fakeDownloads({ refuse: 'Invalid filename' });
    const failure = await downloadChunks(chunksOf([filled(10, 3)]), 'clipdown-backup-2026-01-02.json', { type: 'application/json', downloads: fake.downloads }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ClipdownFailure);
    expect(failure).toMatchObject({ code: 'download-failed', message: 'The download of clipdown-backup-2026-01-02.json did not start: Invalid filename' });
    expect(fake.listeners.size).toBe(0);
  });
});
