// Hands a stream of byte chunks (an export) to the browser's downloads as one file. The Blob URL is
// made here, in the extension page (MV3 service workers cannot make one), and nothing reaches the
// downloads until the last chunk is in: a failed or cancelled export downloads nothing.
import { browser } from 'wxt/browser';
import { ClipdownFailure } from '../result';

/**
 * Chunks are folded into one Blob every so many bytes: browsers keep a Blob's bytes outside the page
 * (Chrome moves large ones to disk), so the page holds at most this much of a multi-GB export itself.
 */
const FOLD_EVERY_BYTES = 16 * 1024 * 1024;

/** The part of `browser.downloads` used here; tests pass their own. */
export interface Downloads {
  download(options: { url: string; filename: string; saveAs: boolean; conflictAction: 'uniquify' }): Promise<number>;
  onChanged: {
    addListener(listener: (change: DownloadChange) => void): void;
    removeListener(listener: (change: DownloadChange) => void): void;
  };
}

export interface DownloadChange {
  id: number;
  state?: { current?: string };
}

export interface DownloadChunksOptions {
  /** The file's MIME type. */
  type: string;
  /** Aborting before the last chunk stops here, throwing the signal's reason: nothing is downloaded. */
  signal?: AbortSignal;
  downloads?: Downloads;
}

/** Resolves with the download's id once the browser has started it; an export's own error passes through as is. */
export async function downloadChunks(chunks: AsyncIterable<BlobPart>, filename: string, options: DownloadChunksOptions): Promise<number> {
  const blob = await collectBlob(chunks, options.type);
  options.signal?.throwIfAborted();
  const downloads = options.downloads ?? browser.downloads;
  const url = URL.createObjectURL(blob);
  // The URL lives until the download ends, however long writing a large file takes; closing the page frees it anyway.
  const ended = new Set<number>();
  let id: number | null = null;
  const release = () => {
    downloads.onChanged.removeListener(onChanged);
    URL.revokeObjectURL(url);
  };
  function onChanged(change: DownloadChange) {
    if (change.state?.current !== 'complete' && change.state?.current !== 'interrupted') return;
    // A small file can finish before `download()` has told us its id.
    if (id === null) ended.add(change.id);
    else if (change.id === id) release();
  }
  downloads.onChanged.addListener(onChanged);
  try {
    id = await downloads.download({ url, filename, saveAs: false, conflictAction: 'uniquify' });
  } catch (error) {
    release();
    throw new ClipdownFailure('download-failed', `The download of ${filename} did not start: ${(error as Error).message}`);
  }
  if (ended.has(id)) release();
  return id;
}

async function collectBlob(chunks: AsyncIterable<BlobPart>, type: string): Promise<Blob> {
  let blob = new Blob([], { type });
  let pending: BlobPart[] = [];
  let pendingBytes = 0;
  for await (const chunk of chunks) {
    pending.push(chunk);
    pendingBytes += partSize(chunk);
    if (pendingBytes >= FOLD_EVERY_BYTES) {
      blob = new Blob([blob, ...pending], { type });
      pending = [];
      pendingBytes = 0;
    }
  }
  return new Blob([blob, ...pending], { type });
}

function partSize(part: BlobPart): number {
  if (typeof part === 'string') return part.length;
  return part instanceof Blob ? part.size : part.byteLength;
}
