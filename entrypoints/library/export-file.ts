// The worker writes an export into a file in the extension's private file system (OPFS) and hands the
// page that file to download. Making the export a Blob instead cost more than building it: in Chromium
// 156 on the test machine, 20 Blobs of 4 MB took 2-3 s to make in a worker, and writing the same 80 MB
// to a file through a sync access handle 0.13-0.5 s. Where the browser has no such files (a private
// window, an old browser), the export is collected into a Blob as before.

import { collectBlob } from '@/utils/library/export/collect-blob';

const FOLDER = 'exports';
/**
 * Files of earlier exports are removed when the library page opens and at the next export, once their
 * downloads have surely read them (a download from a local file runs at disk speed).
 */
const KEEP_MS = 10 * 60 * 1000;

/** The worker-only part of the file system API (TypeScript's DOM library leaves it out). */
interface SyncAccessHandle {
  write(buffer: Uint8Array, options: { at: number }): number;
  flush(): void;
  close(): void;
}

type WorkerFileHandle = FileSystemFileHandle & { createSyncAccessHandle(): Promise<SyncAccessHandle> };

type ListedDirectory = FileSystemDirectoryHandle & { entries(): AsyncIterable<[string, FileSystemHandle]> };

interface ExportFile {
  /** Writes the bytes at the end of the file; they may be reused as soon as this returns. */
  write(bytes: Uint8Array): void;
  /** The whole file, typed, ready to download. */
  finish(type: string): Promise<Blob>;
  /** Removes what was written (a failed or cancelled export). */
  discard(): Promise<void>;
}

/** The export's bytes as one Blob to download: a file's where files can be written, else collected in memory. */
export async function exportBlob(chunks: AsyncIterable<Uint8Array<ArrayBuffer>>, type: string): Promise<Blob> {
  const file = await createExportFile();
  if (!file) return collectBlob(chunks, type);
  try {
    for await (const chunk of chunks) file.write(chunk);
    return await file.finish(type);
  } catch (error) {
    await file.discard();
    throw error;
  }
}

/** A new file for an export, or null where the browser offers no private files to write from a worker. */
async function createExportFile(now = Date.now()): Promise<ExportFile | null> {
  let folder: FileSystemDirectoryHandle;
  let handle: WorkerFileHandle;
  let access: SyncAccessHandle;
  const name = `export-${now}-${crypto.randomUUID()}`;
  try {
    folder = await (await navigator.storage.getDirectory()).getDirectoryHandle(FOLDER, { create: true });
    await removeOldExports(folder, now);
    handle = (await folder.getFileHandle(name, { create: true })) as WorkerFileHandle;
    if (typeof handle.createSyncAccessHandle !== 'function') return null;
    access = await handle.createSyncAccessHandle();
  } catch {
    return null;
  }
  let size = 0;
  let open = true;
  const close = () => {
    if (open) access.close();
    open = false;
  };
  return {
    write(bytes) {
      const written = access.write(bytes, { at: size });
      if (written !== bytes.length) throw new Error('the disk is full: the export could not be written');
      size += written;
    },
    async finish(type) {
      access.flush();
      close();
      const file = await handle.getFile();
      return file.slice(0, file.size, type);
    },
    async discard() {
      close();
      await folder.removeEntry(name).catch(() => undefined);
    },
  };
}

/** For the library page to call as it opens; quietly does nothing where there are no such files. */
export async function removeOldExportFiles(now = Date.now()): Promise<void> {
  try {
    await removeOldExports(await (await navigator.storage.getDirectory()).getDirectoryHandle(FOLDER), now);
  } catch {
    // No folder yet, or no private files in this browser: nothing to remove.
  }
}

async function removeOldExports(folder: FileSystemDirectoryHandle, now: number): Promise<void> {
  for await (const [name, entry] of (folder as ListedDirectory).entries()) {
    if (entry.kind !== 'file') continue;
    const file = await (entry as FileSystemFileHandle).getFile().catch(() => null);
    // A file another export is writing cannot be removed; it is left for a later export.
    if (file && now - file.lastModified > KEEP_MS) await folder.removeEntry(name).catch(() => undefined);
  }
}
