// Hands a Markdown file (and the images it links to in assets/) to the browser's downloads: its folder,
// its conflict handling. Blob URLs are made here, in an extension page: MV3 service workers cannot make one.
import { browser } from 'wxt/browser';
import type { ImageAsset } from '../pipeline/images/localize-images';
import { ClipdownFailure } from '../result';

/** Long enough for the browser to start reading the blob; the popup closing frees it anyway. */
const REVOKE_AFTER_MS = 60_000;

/** An image to write beside the file: fetched now (ImageAsset) or kept in the library. */
export type DownloadedImage = Pick<ImageAsset, 'path' | 'bytes'> & { type?: string | null };

export async function downloadMarkdown(filename: string, markdown: string, assets: readonly DownloadedImage[] = []): Promise<number> {
  // Images first: an asset's name is unique to its URL, so one already there is the same image.
  for (const asset of assets) {
    await download(new Blob([asset.bytes as BlobPart], { type: asset.type ?? 'application/octet-stream' }), asset.path, 'overwrite');
  }
  return download(new Blob([markdown], { type: 'text/markdown;charset=utf-8' }), filename, 'uniquify');
}

async function download(blob: Blob, filename: string, conflictAction: 'overwrite' | 'uniquify'): Promise<number> {
  const url = URL.createObjectURL(blob);
  try {
    return await browser.downloads.download({ url, filename, saveAs: false, conflictAction });
  } catch (error) {
    throw new ClipdownFailure('download-failed', `The download of ${filename} did not start: ${(error as Error).message}`);
  } finally {
    setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
  }
}
