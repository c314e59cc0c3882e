// Hands a stream of byte chunks (an export) to the browser's downloads as one file. The Blob URL is
// made here, in the extension page (MV3 service workers cannot make one), and nothing reaches the
// downloads until the last chunk is in: a failed or cancelled export downloads nothing.
import { browser } from 'wxt/browser';
import { collectBlob, type ExportChunk } from '../library/export/collect-blob';
import { ClipdownFailure } from '../result';

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
export async function downloadChunks(chunks: AsyncIterable<ExportChunk>, filename: string, options: DownloadChunksOptions): Promise<number> {
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
