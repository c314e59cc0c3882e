// Hands a Markdown file to the browser's downloads (its folder, its conflict handling).
// The blob URL is made here, in an extension page: MV3 service workers cannot make one.
import { browser } from 'wxt/browser';
import { ClipdownFailure } from '../result';

/** Long enough for the browser to start reading the blob; the popup closing frees it anyway. */
const REVOKE_AFTER_MS = 60_000;

export async function downloadMarkdown(filename: string, markdown: string): Promise<number> {
  const url = URL.createObjectURL(new Blob([markdown], { type: 'text/markdown;charset=utf-8' }));
  try {
    return await browser.downloads.download({ url, filename, saveAs: false, conflictAction: 'uniquify' });
  } catch (error) {
    throw new ClipdownFailure('download-failed', `The download did not start: ${(error as Error).message}`);
  } finally {
    setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
  }
}
