// Popup side of a clip: inject the extractor into the active tab (allowed by activeTab after
// the toolbar click) and turn every way that can fail into a message the user understands.
import { browser } from 'wxt/browser';
import type { ClippedPage } from '../pipeline/clipped-page';
import type { Result } from '../result';

export const EXTRACTOR_SCRIPT = '/content-scripts/extractor.js';

/** Pages no extension may script: the browser's own pages and stores. */
const UNSCRIPTABLE = /^(chrome|edge|brave|opera|vivaldi|about|moz-extension|chrome-extension|view-source|devtools|chrome-search):|^https:\/\/(chrome\.google\.com\/webstore|chromewebstore\.google\.com|addons\.mozilla\.org)\//i;

export async function clipActiveTab(): Promise<Result<ClippedPage>> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return failure('unsupported-page', 'There is no open tab to clip.');
  if (tab.url && UNSCRIPTABLE.test(tab.url)) {
    return failure('unsupported-page', 'Browser pages and extension stores cannot be clipped. Open an article and click Clipdown again.');
  }
  let results;
  try {
    results = await browser.scripting.executeScript({ target: { tabId: tab.id }, files: [EXTRACTOR_SCRIPT] });
  } catch (error) {
    return failure('injection-refused', `The browser did not let Clipdown read this page (${(error as Error).message}). Reload the page and try again; some pages (PDF viewer, browser pages) cannot be clipped.`);
  }
  const result = results?.[0]?.result as Result<ClippedPage> | undefined;
  if (!result) return failure('extraction-failed', 'The page did not answer. Wait until it has loaded, then try again.');
  return result;
}

function failure(code: 'unsupported-page' | 'injection-refused' | 'extraction-failed', message: string): Result<never> {
  return { ok: false, error: { code, message } };
}
