// The clip library in the real built extension: clips saved through the popup are found in the library
// page by a Chinese word, selected with shift-click, edited, deleted with undo, exported as a ZIP through
// the downloads API, wiped, imported back from that ZIP, and come back byte for byte.
import { copyFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  clickToolbarButton,
  extensionDir,
  launchWithExtension,
  listDownloads,
  readStoredClips,
  REPO_ROOT,
  serveDirectory,
  waitForDownload,
  type Harness,
  type StaticServer,
} from './support';
import { splitFrontMatter } from '../../utils/library/import/split-front-matter';
import type { StoredClip } from '../../utils/library/stored-clip';

const FIXTURES = path.join(REPO_ROOT, 'tests/fixtures/pages');
const SCREENSHOT = path.join(REPO_ROOT, '.output/e2e/library.png');
const PAGES = ['seed-004-news', 'seed-000-hexo', 'site-rule-news', 'picker-news'];

let harness: Harness;
let server: StaticServer;
let tab: Page;
let library: Page;

beforeAll(async () => {
  server = await serveDirectory(FIXTURES);
  harness = await launchWithExtension({ extensionDir: extensionDir() });
  tab = await harness.firstPage();
});

afterAll(async () => {
  await harness?.close();
  await server?.close();
});

async function saveThroughPopup(url: string): Promise<void> {
  await tab.goto(url);
  const popup = await clickToolbarButton(harness, tab);
  await popup.waitFor(`!!document.querySelector('input[name=title]')`, 15_000);
  await popup.click('button[data-action=save]');
  await popup.waitFor(`!!document.querySelector('[data-status=success]')`);
  await popup.close();
}

async function storedClips(): Promise<StoredClip[]> {
  return readStoredClips(library);
}

/** Types a query and waits until the list shows that query's results. */
async function search(query: string): Promise<string[]> {
  await library.fill('input[name=search]', query);
  await library.waitForSelector(`[data-testid=result-count][data-state=ready][data-query="${query}"]`);
  return rowTitles();
}

async function rowTitles(): Promise<string[]> {
  return library.$$eval('[data-clip-id] .clip-title', (titles) => titles.map((title) => title.textContent ?? ''));
}

async function waitForRows(count: number): Promise<void> {
  await library.waitForFunction((n) => document.querySelectorAll('[data-clip-id]').length === n, count);
}

describe('the clip library page', () => {
  let saved: StoredClip[];

  it('lists the clips saved through the popup, newest first, in the page the popup links to', async () => {
    for (const name of PAGES) await saveThroughPopup(server.url(`/${name}/source.html`));
    const popup = await clickToolbarButton(harness, tab);
    await popup.waitFor(`!!document.querySelector('button[data-action=library]')`, 15_000);
    const opened = harness.context.waitForEvent('page');
    await popup.click('button[data-action=library]');
    library = await opened;
    await library.waitForLoadState();
    expect(library.url()).toBe(`chrome-extension://${harness.extensionId}/library.html`);
    await library.setViewportSize({ width: 1280, height: 800 });
    await waitForRows(PAGES.length);
    saved = await storedClips();
    expect(saved).toHaveLength(PAGES.length);
    const newestFirst = [...saved].sort((a, b) => b.createdAt - a.createdAt).map((clip) => clip.title);
    expect(await rowTitles()).toEqual(newestFirst);
    expect(await library.textContent('[data-testid=result-count]')).toContain(`${PAGES.length} clips`);
  });

  it('finds a clip by a Chinese word in its text, and marks the word', async () => {
    const libraryClip = saved.find((clip) => clip.body.includes('图书馆'))!;
    expect(await search('图书馆')).toEqual([libraryClip.title]);
    await library.waitForFunction(() => document.querySelector('[data-clip-id] .clip-snippet mark')?.textContent === '图书馆');
    expect(await library.textContent('[data-clip-id] .clip-title mark')).toBe('图书馆');

    // Two clips mention 疫情; the English page does not, and an English word finds only it.
    expect((await search('疫情')).sort()).toEqual(saved.filter((clip) => `${clip.title}${clip.body}`.includes('疫情')).map((clip) => clip.title).sort());
    // Each result shows a line of its text with the word marked.
    await library.waitForFunction(() => [...document.querySelectorAll('[data-clip-id] .clip-snippet')].every((line) => line.querySelector('mark')?.textContent === '疫情'));
    await library.click('[data-clip-id] .clip-open');
    await library.waitForSelector('[data-testid=preview]');
    await library.screenshot({ path: SCREENSHOT });
    if (process.env.CLIPDOWN_UPDATE_SCREENSHOTS) copyFileSync(SCREENSHOT, path.join(REPO_ROOT, 'docs/library.png'));
    await library.click('button[data-action=close-clip]');
    expect(await search('harbour')).toEqual([saved.find((clip) => /harbour/i.test(clip.title))!.title]);
    expect(await search('图书馆 harbour')).toEqual([]);
    expect(await library.textContent('[data-testid=result-count]')).toBe('0 clips match');
    await search('');
    await waitForRows(PAGES.length);
  });

  it('opens a clip rendered, and saves an edit to its front-matter', async () => {
    const clip = saved.find((c) => c.body.includes('图书馆'))!;
    await library.click(`[data-clip-id="${clip.id}"] .clip-open`);
    await library.waitForSelector(`[data-reader-clip="${clip.id}"] [data-testid=preview]`);
    expect(await library.textContent('[data-testid=preview]')).toContain('图书馆');
    await library.fill('.reader input[name=title]', '社区图书馆一周年');
    await library.click('button[data-action=save-edit]');
    await library.waitForSelector('.reader [data-status=success]');
    const edited = (await storedClips()).find((c) => c.id === clip.id)!;
    expect(edited.title).toBe('社区图书馆一周年');
    const split = splitFrontMatter(edited.markdown);
    expect(split.ok && split.frontMatter.title).toBe('社区图书馆一周年');
    expect(split.ok && split.body).toBe(clip.body.trim());
    saved = await storedClips();
    await library.click('button[data-action=close-clip]');
  });

  it('selects a range with shift-click, deletes it, and undoes the delete', async () => {
    const boxes = await library.$$('[data-clip-id] input[type=checkbox]');
    await boxes[0]!.click();
    await boxes[2]!.click({ modifiers: ['Shift'] });
    expect(await library.textContent('[data-testid=selection-count]')).toBe('3 selected');
    await library.click('button[data-action=delete-selected]');
    await waitForRows(PAGES.length - 3);
    expect(await storedClips()).toHaveLength(PAGES.length - 3);
    await library.click('button[data-action=undo]');
    await waitForRows(PAGES.length);
    expect(await storedClips()).toEqual(expect.arrayContaining(saved));
  });

  it('exports every clip as a ZIP through the downloads API, and imports it back into a wiped library unchanged', async () => {
    const before = await listDownloads(harness.downloadsDir);
    await library.click('button[data-action=export-zip]');
    const download = await waitForDownload(harness.downloadsDir, { name: /^clipdown-.*\.zip$/, ignore: before, timeoutMs: 20_000 });
    const files = unzipSync(new Uint8Array(await readFile(download.path)));
    const markdown = Object.entries(files).filter(([name]) => name.endsWith('.md'));
    expect(markdown).toHaveLength(PAGES.length);
    const decoded = markdown.map(([, bytes]) => new TextDecoder().decode(bytes)).sort();
    expect(decoded).toEqual(saved.map((clip) => clip.markdown).sort());

    // Wipe: select everything shown and delete it.
    await library.click('button[data-action=select-all]');
    await library.click('button[data-action=delete-selected]');
    await library.waitForSelector('.empty');
    expect(await storedClips()).toHaveLength(0);

    await library.setInputFiles('input[type=file][name=import]', download.path);
    await library.waitForFunction(() => /4 added/.test(document.querySelector('[data-testid=import-report]')?.textContent ?? ''));
    await waitForRows(PAGES.length);
    const imported = await storedClips();
    const byMarkdown = (clips: StoredClip[]) => [...clips].sort((a, b) => a.markdown.localeCompare(b.markdown));
    for (const [i, clip] of byMarkdown(imported).entries()) {
      const original = byMarkdown(saved)[i]!;
      expect(clip.markdown).toBe(original.markdown);
      expect(clip.frontMatter).toEqual(original.frontMatter);
      expect(clip.url).toBe(original.url);
    }

    // The same ZIP again adds nothing.
    await library.setInputFiles('input[type=file][name=import]', download.path);
    await library.waitForFunction(() => /0 added, 0 updated, 4 skipped/.test(document.querySelector('[data-testid=import-report]')?.textContent ?? ''));
    expect(await storedClips()).toHaveLength(PAGES.length);
  });

  it('shows a clip saved in the popup while the library page is open', async () => {
    await tab.goto(server.url('/picker-news/source.html'));
    const popup = await clickToolbarButton(harness, tab);
    await popup.waitFor(`!!document.querySelector('input[name=title]')`, 15_000);
    await popup.click('button[data-action=save]');
    // The page is already in the library: keeping both adds a second clip of it.
    await popup.waitFor(`!!document.querySelector('[role=alertdialog]')`);
    await popup.click('button[data-action=keep-both]');
    await popup.waitFor(`!!document.querySelector('[data-status=success]')`);
    await popup.close();
    await waitForRows(PAGES.length + 1);
    expect((await rowTitles()).filter((title) => /harbour/i.test(title))).toHaveLength(2);
  });
});
