// The real built extension in Debian's Chromium: toolbar click → popup clip → save → download,
// duplicates, a browser restart, and a page that cannot be clipped.
import { copyFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  clickToolbarButton,
  extensionDir,
  launchWithExtension,
  openExtensionPage,
  readStoredClips,
  REPO_ROOT,
  serveDirectory,
  waitForDownload,
  type Harness,
  type PopupHandle,
  type StaticServer,
} from './support';
import type { StoredClip } from '../../utils/library/stored-clip';

const FIXTURES = path.join(REPO_ROOT, 'tests/fixtures/pages');
const SCREENSHOT = path.join(REPO_ROOT, '.output/e2e/popup.png');
const TITLE = '漳州开发区:一鼓作气';
// The Hexo preset names files as Hexo does (`:title.md`), slugged.
const FILENAME = '漳州开发区-一鼓作气.md';

let harness: Harness;
let server: StaticServer;
let page: Page;

beforeAll(async () => {
  server = await serveDirectory(FIXTURES);
  harness = await launchWithExtension({ extensionDir: extensionDir() });
  page = await harness.firstPage();
});

afterAll(async () => {
  await harness?.close();
  await server?.close();
});

async function openPopupOn(url: string): Promise<PopupHandle> {
  if (page.url() !== url) await page.goto(url);
  const popup = await clickToolbarButton(harness, page);
  // Ready when the clip is shown or an error is.
  await popup.waitFor(`!!document.querySelector('input[name=title]') || !!document.querySelector('[data-status=error]')`, 15_000);
  return popup;
}

async function savedClips(): Promise<StoredClip[]> {
  const extensionPage = await openExtensionPage(harness, 'popup.html');
  try {
    return await readStoredClips(extensionPage);
  } finally {
    await extensionPage.close();
  }
}

const statusOf = (popup: PopupHandle) => popup.evaluate<string>(`document.querySelector('[data-status]').textContent`);

describe('clipping a news page from the toolbar', () => {
  let newsUrl: string;

  it('shows the article, without furniture, with editable front-matter', async () => {
    newsUrl = server.url('/seed-004-news/source.html');
    const popup = await openPopupOn(newsUrl);
    expect(await popup.evaluate(`document.querySelector('input[name=title]').value`)).toBe(TITLE);
    expect(String(await popup.evaluate(`document.querySelector('input[name=published]').value`)).slice(0, 10)).toBe('2024-09-27');
    const body = await popup.evaluate<string>(`document.querySelector('textarea[name=body]').value`);
    expect(body).toContain('面对“疫情围城”,漳州开发区迅速反应');
    expect(body).toContain('不获全胜决不收兵');
    for (const furniture of ['版权声明', '分享给朋友', '相关文章', '扫一扫', '当前位置']) expect(body).not.toContain(furniture);

    await popup.fill('select[name=preset]', 'hexo');
    await popup.waitFor(`!!document.querySelector('input[name=categories]')`);
    await popup.fill('input[name=categories]', '新媒体, 趣头条');
    await popup.screenshot(SCREENSHOT);
    if (process.env.CLIPDOWN_UPDATE_SCREENSHOTS) copyFileSync(SCREENSHOT, path.join(REPO_ROOT, 'docs/popup.png'));

    await popup.click('button[data-action=save]');
    await popup.waitFor(`!!document.querySelector('[data-status=success]')`);
    await popup.click('button[data-action=download]');
    const file = await waitForDownload(harness.downloadsDir, { name: FILENAME, timeoutMs: 15_000 });
    // Reading storage opens an extension tab, which takes focus and closes the popup: do it last.
    const [saved, ...others] = await savedClips();
    expect(others).toHaveLength(0);
    expect(saved).toMatchObject({ url: newsUrl, title: TITLE, filename: FILENAME });
    expect(saved!.frontMatter.categories).toEqual(['新媒体', '趣头条']);
    expect(saved!.markdown).toContain('面对“疫情围城”');

    expect(file.content).toBe(saved!.markdown);
    const frontMatter = parse(/^---\n([\s\S]*?)\n---\n/.exec(file.content)![1]!) as Record<string, unknown>;
    expect(Object.keys(frontMatter)).toEqual(['title', 'categories', 'headimg', 'author', 'comments', 'date', 'thumbnail']);
    expect(frontMatter).toMatchObject({ title: TITLE, categories: ['新媒体', '趣头条'], comments: false });
    await popup.close();
  });

  it('asks before saving the same page twice: keep both, or update', async () => {
    let popup = await openPopupOn(newsUrl);
    await popup.click('button[data-action=save]');
    await popup.waitFor(`!!document.querySelector('[role=alertdialog]')`);
    await popup.click('button[data-action=keep-both]');
    await popup.waitFor(`!!document.querySelector('[data-status=success]')`);
    expect(await savedClips()).toHaveLength(2);
    await popup.close();

    popup = await openPopupOn(newsUrl);
    await popup.fill('input[name=title]', '漳州开发区 更新后的标题');
    await popup.click('button[data-action=save]');
    await popup.waitFor(`!!document.querySelector('[role=alertdialog]')`);
    await popup.click('button[data-action=update]');
    await popup.waitFor(`!!document.querySelector('[data-status=success]')`);
    const clips = await savedClips();
    expect(clips).toHaveLength(2);
    expect(clips.map((c) => c.title)).toContain('漳州开发区 更新后的标题');
    await popup.close();
  });

  it('keeps saved clips across a browser restart', async () => {
    const before = await savedClips();
    harness = await harness.restart();
    page = await harness.firstPage();
    const after = await savedClips();
    expect(after.map((c) => c.id).sort()).toEqual(before.map((c) => c.id).sort());
    expect(after.find((c) => c.title === TITLE)?.markdown).toBe(before.find((c) => c.title === TITLE)?.markdown);
  });

  it('says clearly when the page cannot be clipped instead of showing a blank popup', async () => {
    const popup = await openPopupOn(server.url('/seed-004-news/empty.txt'));
    expect(await popup.evaluate(`document.querySelector('[data-status]').dataset.status`)).toBe('error');
    expect(await statusOf(popup)).toMatch(/no article text/);
    await popup.close();

    await page.goto('chrome://version');
    const browserPage = await clickToolbarButton(harness, page);
    await browserPage.waitFor(`!!document.querySelector('[data-status=error]')`, 10_000);
    expect(await statusOf(browserPage)).toMatch(/cannot be clipped|did not let Clipdown/);
    await browserPage.close();
  });
});

