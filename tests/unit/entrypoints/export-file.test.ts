// Where the library worker puts an export: a file in the extension's private file system, or a Blob
// where there is none. The file system here is a small in-memory stand-in for the browser's (OPFS).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { exportBlob, removeOldExportFiles } from '@/entrypoints/library/export-file';

class FakeFile {
  bytes = new Uint8Array(0);
  lastModified: number;
  constructor(now: number) {
    this.lastModified = now;
  }
}

/** A folder of files with sync access handles, as a dedicated worker sees OPFS; `room` bytes fit on its disk. */
function fakeFileSystem({ room = Infinity, now = Date.now() } = {}) {
  const files = new Map<string, FakeFile>();
  const fileHandle = (name: string) => ({
    kind: 'file' as const,
    getFile: async () => {
      const file = files.get(name)!;
      return new File([file.bytes], name, { lastModified: file.lastModified });
    },
    createSyncAccessHandle: async () => ({
      write(bytes: Uint8Array, { at }: { at: number }) {
        const file = files.get(name)!;
        const fits = Math.max(0, Math.min(bytes.length, room - at));
        const grown = new Uint8Array(Math.max(file.bytes.length, at + fits));
        grown.set(file.bytes);
        grown.set(bytes.subarray(0, fits), at);
        file.bytes = grown;
        return fits;
      },
      flush() {},
      close() {},
    }),
  });
  const folder = {
    getFileHandle: async (name: string, options?: { create?: boolean }) => {
      if (!files.has(name)) {
        if (!options?.create) throw new DOMException('no such file', 'NotFoundError');
        files.set(name, new FakeFile(now));
      }
      return fileHandle(name);
    },
    removeEntry: async (name: string) => void files.delete(name),
    async *entries() {
      for (const name of [...files.keys()]) yield [name, fileHandle(name)] as const;
    },
  };
  const root = { getDirectoryHandle: async () => folder };
  vi.stubGlobal('navigator', { storage: { getDirectory: async () => root } });
  return files;
}

/** Chunks as the export makes them: views of one buffer it writes again for the next chunk. */
async function* reusedChunks(parts: readonly string[]): AsyncGenerator<Uint8Array<ArrayBuffer>> {
  const buffer = new Uint8Array(64);
  for (const part of parts) {
    const { written } = new TextEncoder().encodeInto(part, buffer);
    yield buffer.subarray(0, written);
  }
}

const PARTS = ['first chunk; ', '第二块；', 'third'];

afterEach(() => vi.unstubAllGlobals());

describe('exportBlob', () => {
  it('writes the export into a private file and hands back that file, typed, byte for byte', async () => {
    const files = fakeFileSystem();
    const blob = await exportBlob(reusedChunks(PARTS), 'application/zip');
    expect(blob.type).toBe('application/zip');
    expect(await blob.text()).toBe(PARTS.join(''));
    expect(files.size).toBe(1);
  });

  it('collects the export in memory where the browser has no private files', async () => {
    vi.stubGlobal('navigator', {});
    const blob = await exportBlob(reusedChunks(PARTS), 'application/json');
    expect(blob.type).toBe('application/json');
    expect(await blob.text()).toBe(PARTS.join(''));
  });

  it('fails with a message when the disk is full, and leaves no half-written file', async () => {
    const files = fakeFileSystem({ room: 20 });
    await expect(exportBlob(reusedChunks(PARTS), 'application/zip')).rejects.toThrow(/disk is full/);
    expect(files.size).toBe(0);
  });

  it('removes an export that fails part-way', async () => {
    const files = fakeFileSystem();
    async function* failing() {
      yield* reusedChunks(PARTS);
      throw new Error('a clip could not be read');
    }
    await expect(exportBlob(failing(), 'application/zip')).rejects.toThrow(/could not be read/);
    expect(files.size).toBe(0);
  });
});

describe('removeOldExportFiles', () => {
  it('removes the files of exports made over ten minutes ago and keeps newer ones', async () => {
    const now = Date.now();
    const files = fakeFileSystem({ now: now - 11 * 60_000 });
    await exportBlob(reusedChunks(['old']), 'application/zip');
    files.set('recent', Object.assign(new FakeFile(now - 60_000), { bytes: new Uint8Array([1]) }));
    await removeOldExportFiles(now);
    expect([...files.keys()]).toEqual(['recent']);
  });
});
