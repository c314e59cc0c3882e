// Driving chrome-extension://<id>/library.html the way a user would: file input, search box, export button.
// Every selector the benchmark relies on is here, so a change to the page's contract is one edit.
import type { Page } from 'playwright-core';
import type { Harness } from '../../../tests/e2e/support/launch-browser';
import type { DownloadResult, DownloadWatcher } from './browser';

const SEL = {
  importInput: 'input[type="file"][name="import"]',
  importReport: '[data-testid="import-report"]',
  importWorking: '[data-testid="import-working"]',
  resultCount: '[data-testid="result-count"]',
  search: 'input[type="search"][name="search"]',
  exportZip: 'button[data-action="export-zip"]',
  layout: 'select[name="layout"]',
  images: 'input[name="images"]',
  row: '[data-clip-id]',
} as const;

const MARK_FIRST_ROWS = 'clipdown:first-rows';
const MARK_INTERACTIVE = 'clipdown:interactive';
const MEASURE_SEARCH = 'clipdown:search';

/** The page's own errors, to show beside a timeout: a stuck wait usually means the page threw. */
export function collectPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`exception: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  return errors;
}

export async function openLibrary(harness: Harness, timeoutMs: number): Promise<Page> {
  const page = await harness.context.newPage();
  await page.goto(libraryUrl(harness));
  await waitForMark(page, MARK_INTERACTIVE, timeoutMs);
  return page;
}

export function libraryUrl(harness: Harness): string {
  return `chrome-extension://${harness.extensionId}/library.html`;
}

export interface ImportResult {
  ms: number;
  added: number;
  report: string;
}

/** Picks the files in the import control and waits until the report accounts for every one of them. */
export async function importFiles(page: Page, files: readonly string[], timeoutMs: number, log?: (message: string) => void): Promise<ImportResult> {
  // A report left from an earlier import must not pass for this one's.
  const previous = await page.evaluate((sel) => document.querySelector<HTMLElement>(sel)?.innerText ?? null, SEL.importReport);
  const t0 = performance.now();
  // A large import runs for minutes: say every half minute which file the page is on.
  const ticker = setInterval(() => {
    page
      .evaluate((sel) => document.querySelector<HTMLElement>(sel)?.innerText ?? null, SEL.importWorking)
      .then((working) => log?.(`import, ${((performance.now() - t0) / 1000).toFixed(0)} s: ${working ?? 'waiting for the report'}`))
      .catch(() => {});
  }, 30_000);
  try {
    await page.locator(SEL.importInput).setInputFiles([...files]);
    // Each file gets a line "N added, N updated, N skipped" (or why it was refused); the input is disabled meanwhile.
    const handle = await page.waitForFunction(
      ({ sel, count, previous }) => {
        const input = document.querySelector<HTMLInputElement>(sel.importInput);
        const report = document.querySelector<HTMLElement>(sel.importReport);
        if (!input || input.disabled || !report || report.innerText === previous) return null;
        const outcomes = report.querySelectorAll('[data-outcome]').length;
        const counted = report.innerText.match(/[\d,]+ added, [\d,]+ updated, [\d,]+ skipped/g)?.length ?? 0;
        return Math.max(outcomes, counted) >= count ? report.innerText : null;
      },
      { sel: SEL, count: files.length, previous },
      { timeout: timeoutMs, polling: 100 },
    );
    const ms = performance.now() - t0;
    const report = (await handle.jsonValue()) as string;
    const added = [...report.matchAll(/([\d,]+) added/g)].reduce((sum, [, n]) => sum + Number(n!.replace(/,/g, '')), 0);
    return { ms, added, report };
  } finally {
    clearInterval(ticker);
  }
}

export interface PageLoad {
  firstRowsMs: number;
  interactiveMs: number;
  /** Chromium's own first contentful paint, for comparison with the page's marks. */
  firstContentfulPaintMs: number | null;
}

/** Reloads the page and reads its marks, which are relative to the navigation's start (performance.timeOrigin). */
export async function reloadAndTime(page: Page, timeoutMs: number): Promise<PageLoad> {
  await page.reload({ waitUntil: 'commit' });
  await waitForMark(page, MARK_INTERACTIVE, timeoutMs);
  return page.evaluate(
    // No named helper functions inside: tsx's esbuild wraps them in a `__name` call the page does not define.
    ([first, interactive]) => {
      const [firstRows, ready] = [first!, interactive!].map((name) => performance.getEntriesByName(name, 'mark')[0]!.startTime);
      const fcp = performance.getEntriesByName('first-contentful-paint', 'paint')[0];
      return { firstRowsMs: firstRows!, interactiveMs: ready!, firstContentfulPaintMs: fcp ? fcp.startTime : null };
    },
    [MARK_FIRST_ROWS, MARK_INTERACTIVE],
  );
}

async function waitForMark(page: Page, name: string, timeoutMs: number): Promise<void> {
  await page.waitForFunction((mark) => performance.getEntriesByName(mark, 'mark').length > 0, name, { timeout: timeoutMs, polling: 'raf' });
}

export interface SearchTiming {
  query: string;
  /** The page's `clipdown:search` measure: from its input event to the results painted. */
  pageMs: number;
  /** What this script saw: from typing to the result count showing that query as ready (plus CDP round trips). */
  wallMs: number;
  results: number | null;
}

export async function searchOnce(page: Page, query: string, timeoutMs: number): Promise<SearchTiming> {
  const box = page.locator(SEL.search);
  const t0 = performance.now();
  // fill() types the whole query as one insertion, one input event: what a paste or an IME commit does.
  await box.fill(query);
  await page.waitForFunction(
    ({ sel, q }) => {
      const count = document.querySelector<HTMLElement>(sel);
      return count?.dataset.query === q && count.dataset.state === 'ready';
    },
    { sel: SEL.resultCount, q: query },
    { timeout: timeoutMs, polling: 'raf' },
  );
  const wallMs = performance.now() - t0;
  // The measure is taken a frame after the results commit, so it may trail the ready state a little.
  const handle = await page.waitForFunction(
    ({ name, q, sel }) => {
      const measures = performance.getEntriesByName(name, 'measure').filter((m) => (m as PerformanceMeasure).detail?.query === q);
      const last = measures.at(-1);
      if (!last) return null;
      const digits = document.querySelector<HTMLElement>(sel)?.textContent?.match(/^[\d,]+/)?.[0];
      return { pageMs: last.duration, results: digits ? Number(digits.replace(/,/g, '')) : null };
    },
    { name: MEASURE_SEARCH, q: query, sel: SEL.resultCount },
    { timeout: timeoutMs, polling: 'raf' },
  );
  const { pageMs, results } = (await handle.jsonValue()) as { pageMs: number; results: number | null };
  return { query, pageMs, wallMs, results };
}

export async function clearSearch(page: Page, timeoutMs: number): Promise<void> {
  await page.locator(SEL.search).fill('');
  await page.waitForFunction(
    (sel) => {
      const count = document.querySelector<HTMLElement>(sel);
      return count?.dataset.query === '' && count.dataset.state === 'ready';
    },
    SEL.resultCount,
    { timeout: timeoutMs },
  );
}

export interface ExportResult extends DownloadResult {
  settings: string;
}

/**
 * Export-all as a ZIP in the flat layout, with or without the clips' images (the page's default is with:
 * it then looks up every clip's images, even when, as here, there are none).
 */
export async function exportAllZip(page: Page, downloads: DownloadWatcher, options: { images: boolean }, timeoutMs: number): Promise<ExportResult> {
  const settings: string[] = [];
  const layout = page.locator(SEL.layout);
  if ((await layout.count()) > 0) {
    await layout.first().selectOption('flat');
    settings.push('flat');
  }
  const images = page.locator(SEL.images);
  if ((await images.count()) > 0) {
    await images.first().setChecked(options.images);
    settings.push(options.images ? 'images' : 'no images');
  }
  const button = page.locator(SEL.exportZip);
  await button.waitFor({ state: 'visible', timeout: timeoutMs });
  await page.waitForFunction((sel) => !document.querySelector<HTMLButtonElement>(sel)?.disabled, SEL.exportZip, { timeout: timeoutMs });
  const result = await downloads.download(() => button.click(), timeoutMs);
  // The download completes before the page has cleared its progress bar; the next export needs the button back.
  await page.waitForFunction((sel) => !document.querySelector<HTMLButtonElement>(sel)?.disabled, SEL.exportZip, { timeout: timeoutMs });
  return { ...result, settings: settings.join(', ') || 'page defaults' };
}

/** An empty library without a new profile: the page's database deleted from the page, then a reload. */
export async function wipeLibrary(page: Page, timeoutMs: number): Promise<void> {
  const outcome = await page.evaluate(
    (limit) =>
      new Promise<string>((resolve) => {
        const request = indexedDB.deleteDatabase('clipdown-library');
        let blocked = false;
        // Dexie closes its connection on `versionchange`, so a block should clear by itself; say so if not.
        request.onblocked = () => (blocked = true);
        request.onsuccess = () => resolve('deleted');
        request.onerror = () => resolve(`error: ${request.error?.message}`);
        setTimeout(() => resolve(blocked ? 'blocked' : 'timed out'), limit);
      }),
    timeoutMs,
  );
  if (outcome !== 'deleted') throw new Error(`could not delete the library's database: ${outcome}`);
  await page.reload();
  await waitForMark(page, MARK_INTERACTIVE, timeoutMs);
  const rows = await page.locator(SEL.row).count();
  if (rows !== 0) throw new Error(`the library still lists ${rows} clips after its database was deleted`);
}
