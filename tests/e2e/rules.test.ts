// Site rules in the real options page, typed into as a user would: a rule for the local fixture site
// with a content selector, a removal and front-matter overrides; the toolbar clip follows it; copies,
// order and delete-with-undo; the popup's link opening the rule and testing it on the tab it names;
// and, with the rule switched off, clips fall back to Clipdown's own reading of the page.
import { copyFileSync } from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  clickToolbarButton,
  extensionDir,
  launchWithExtension,
  openExtensionPage,
  readStoredClips,
  readExtensionStorage,
  REPO_ROOT,
  serveDirectory,
  type Harness,
  type PopupHandle,
  type StaticServer,
} from './support';
import type { StoredClip } from '../../utils/library/stored-clip';
import type { Settings } from '../../utils/settings/settings';
import type { SiteRule } from '../../utils/site-rules/site-rule';

const FIXTURES = path.join(REPO_ROOT, 'tests/fixtures/pages');
const LIST_SCREENSHOT = path.join(REPO_ROOT, '.output/e2e/rules-list.png');
const EDITOR_SCREENSHOT = path.join(REPO_ROOT, '.output/e2e/rule-editor.png');
const RULE_NAME = 'City news';
/** In the fixture, outside `.story-body`: only Readability's own reading keeps it. */
const EDITORS_NOTE = '编者按';
/** In the fixture, inside `.story-body` but `.promo-inline`. */
const PROMOTION = '推广：下载城市新闻客户端';
const ARTICLE_START = '去年十一月，城南社区图书馆';
const ARTICLE_END = '李文希望明年';
/** After an edit that must not be saved, how long to wait before reading storage (see options.test.ts). */
const SETTLE_MS = 300;

let harness: Harness;
let server: StaticServer;
let tab: Page;
let options: Page;
let newsUrl: string;

beforeAll(async () => {
  server = await serveDirectory(FIXTURES);
  newsUrl = server.url('/site-rule-news/source.html');
  harness = await launchWithExtension({ extensionDir: extensionDir() });
  tab = await harness.firstPage();
  options = await openOptions(await openExtensionPage(harness, 'options.html'));
});

afterAll(async () => {
  await harness?.close();
  await server?.close();
});

async function openOptions(page: Page): Promise<Page> {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.getByRole('heading', { name: 'Site rules', level: 2 }).waitFor();
  return page;
}

/** Every write keeps the whole settings under local `settings`; a fresh profile has none yet. */
async function storedRules(page = options): Promise<SiteRule[]> {
  return ((await readExtensionStorage(page)).settings as Settings | undefined)?.rules ?? [];
}

const rulesIn = (page: Page) => page.getByRole('region', { name: 'Site rules' });
const field = (name: string, page = options) => rulesIn(page).getByRole('textbox', { name, exact: true });

/** The text of whatever the control points at with aria-describedby: its problems. */
async function description(control: Locator): Promise<string | null> {
  const ids = await control.getAttribute('aria-describedby');
  if (!ids) return null;
  return options.evaluate((list) => list.split(' ').map((id) => document.getElementById(id)?.textContent ?? '').join(' '), ids);
}

/** The whole editor, test results included; from a full-page capture so the sticky header stays out of it. */
async function screenshotEditor(page: Page): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0));
  const box = (await rulesIn(page).locator('.rule-editor').boundingBox())!;
  const margin = 12;
  await page.screenshot({
    path: EDITOR_SCREENSHOT,
    fullPage: true,
    clip: { x: box.x - margin, y: box.y - margin, width: box.width + 2 * margin, height: box.height + 2 * margin },
  });
  if (process.env.CLIPDOWN_UPDATE_SCREENSHOTS) copyFileSync(EDITOR_SCREENSHOT, path.join(REPO_ROOT, 'docs/rule-editor.png'));
}

async function clipFixture(): Promise<PopupHandle> {
  if (tab.url() !== newsUrl) await tab.goto(newsUrl);
  const popup = await clickToolbarButton(harness, tab);
  await popup.waitFor(`!!document.querySelector('textarea[name=body]') || !!document.querySelector('[data-status=error]')`, 15_000);
  return popup;
}

async function savedClips(): Promise<StoredClip[]> {
  const page = await openExtensionPage(harness, 'popup.html');
  try {
    return await readStoredClips(page);
  } finally {
    await page.close();
  }
}

describe('site rules in the options page', () => {
  it('creates a rule by typing into its fields, each checked as typed and saved once valid', async () => {
    await rulesIn(options).getByRole('button', { name: 'Add rule' }).click();
    await field('Name').pressSequentially(RULE_NAME);
    // Nothing is stored while the rule has no pattern: it would match nothing and could not be kept.
    await options.waitForTimeout(SETTLE_MS);
    expect(await storedRules()).toEqual([]);
    expect(await rulesIn(options).getByTestId('rule-save-status').textContent()).toMatch(/^Not saved yet/);

    const patterns = field('URL patterns');
    await patterns.pressSequentially('ftp://127.0.0.1');
    expect(await patterns.getAttribute('aria-invalid')).toBe('true');
    expect(await description(patterns)).toMatch(/^Line 1: Unsupported scheme "ftp"/);
    await patterns.fill('');
    // A plain host with no port matches the fixture server's port too.
    await patterns.pressSequentially('127.0.0.1');
    await expect.poll(async () => (await storedRules()).map((rule) => [rule.name, rule.patterns])).toEqual([[RULE_NAME, ['127.0.0.1']]]);
    expect(await patterns.getAttribute('aria-invalid')).toBeNull();
    expect(await rulesIn(options).getByTestId('rule-save-status').textContent()).toMatch(/^Saved/);

    const content = field('Content selector');
    await content.pressSequentially('.story-body');
    await expect.poll(async () => (await storedRules())[0]?.contentSelector).toBe('.story-body');
    // An unfinished selector is said to be wrong next to the field, and storage keeps the last valid one.
    // (Not an unclosed "[": CSS closes those at the end, and so does Chromium.)
    await content.pressSequentially(' >');
    expect(await content.getAttribute('aria-invalid')).toBe('true');
    expect(await description(content)).toMatch(/^Not a valid CSS selector/);
    expect(await rulesIn(options).getByTestId('rule-save-status').textContent()).toMatch(/^Not saved: fix the problems/);
    await options.waitForTimeout(SETTLE_MS);
    expect((await storedRules())[0]?.contentSelector).toBe('.story-body');
    await content.fill('.story-body');
    expect(await content.getAttribute('aria-invalid')).toBeNull();

    await field('Remove selectors').pressSequentially('.promo-inline');
    await expect.poll(async () => (await storedRules())[0]?.removeSelectors).toEqual(['.promo-inline']);

    const section = rulesIn(options);
    await section.getByRole('button', { name: 'Add override' }).click();
    const firstKey = section.getByLabel('Key of override 1');
    expect(await firstKey.evaluate((el) => el === document.activeElement)).toBe(true);
    await firstKey.pressSequentially('categories');
    await section.getByLabel('Type of override 1').selectOption('list');
    await section.getByLabel('Value of override 1').pressSequentially('新媒体, 趣头条');
    await section.getByRole('button', { name: 'Add override' }).click();
    await section.getByLabel('Key of override 2').pressSequentially('comments');
    await section.getByLabel('Type of override 2').selectOption('boolean');
    await section.getByLabel('Value of override 2').selectOption('false');

    await expect.poll(async () => (await storedRules())[0]?.frontMatter).toEqual({ categories: ['新媒体', '趣头条'], comments: false });
    expect(await storedRules()).toEqual([
      expect.objectContaining({
        name: RULE_NAME,
        enabled: true,
        patterns: ['127.0.0.1'],
        contentSelector: '.story-body',
        useReadability: true,
        removeSelectors: ['.promo-inline'],
        markdown: {},
      }),
    ]);
    expect(await section.getByRole('switch', { name: `Use ${RULE_NAME}`, exact: true }).isChecked()).toBe(true);
  });

  it('clips the fixture page from the toolbar with the rule: its content, its removals, its front-matter', async () => {
    const popup = await clipFixture();
    expect(await popup.evaluate(`document.querySelector('[data-status]').textContent`)).toContain(`with site rule “${RULE_NAME}”`);
    await popup.click('button[data-action=save]');
    await popup.waitFor(`!!document.querySelector('[data-status=success]')`);
    const [saved, ...others] = await savedClips();
    expect(others).toHaveLength(0);
    expect(saved!.url).toBe(newsUrl);
    expect(saved!.markdown).toContain(ARTICLE_START);
    expect(saved!.markdown).toContain(ARTICLE_END);
    expect(saved!.markdown).not.toContain(EDITORS_NOTE);
    expect(saved!.markdown).not.toContain(PROMOTION);
    expect(saved!.frontMatter).toMatchObject({ title: '城南社区图书馆夜间开放满一年', categories: ['新媒体', '趣头条'], comments: false });
    expect(saved!.markdown).toMatch(/\ncategories:\n {2}- 新媒体\n {2}- 趣头条\ncomments: false\n/);
    await popup.close().catch(() => undefined);
  });

  it('duplicates, reorders and deletes rules, with undo', async () => {
    const section = rulesIn(options);
    const [original] = await storedRules();
    await section.getByRole('button', { name: `Duplicate ${RULE_NAME}`, exact: true }).click();
    const copyName = `${RULE_NAME} (copy)`;
    await expect.poll(async () => (await storedRules()).map((rule) => rule.name)).toEqual([RULE_NAME, copyName]);
    const copy = (await storedRules())[1]!;
    expect(copy).toEqual({ ...original, id: copy.id, name: copyName });
    expect(copy.id).not.toBe(original!.id);

    // The copy opens in the editor: narrowed to one section of the site, it shows what order is for.
    const name = field('Name');
    expect(await name.inputValue()).toBe(copyName);
    await name.fill('City news, culture pages');
    await field('URL patterns').fill('*://127.0.0.1/culture/*');
    await expect.poll(async () => (await storedRules())[1]?.patterns).toEqual(['*://127.0.0.1/culture/*']);
    await section.getByRole('switch', { name: 'Use City news, culture pages' }).uncheck();
    await expect.poll(async () => (await storedRules())[1]?.enabled).toBe(false);

    await section.getByRole('button', { name: 'Move City news, culture pages up' }).click();
    await expect.poll(async () => (await storedRules()).map((rule) => rule.name)).toEqual(['City news, culture pages', RULE_NAME]);
    expect(await section.getByRole('button', { name: 'Move City news, culture pages up' }).isDisabled()).toBe(true);
    await section.getByRole('button', { name: `Edit ${RULE_NAME}`, exact: true }).click();
    expect(await field('Name').inputValue()).toBe(RULE_NAME);

    await options.evaluate(() => window.scrollTo(0, 0));
    await options.screenshot({ path: LIST_SCREENSHOT });
    if (process.env.CLIPDOWN_UPDATE_SCREENSHOTS) copyFileSync(LIST_SCREENSHOT, path.join(REPO_ROOT, 'docs/rules-list.png'));

    const before = await storedRules();
    await section.getByRole('button', { name: 'Delete City news, culture pages' }).click();
    await expect.poll(async () => (await storedRules()).map((rule) => rule.name)).toEqual([RULE_NAME]);
    const notice = options.getByText('Deleted “City news, culture pages”.');
    await notice.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(storedRules).toEqual(before);
    await section.getByRole('button', { name: 'Delete City news, culture pages' }).click();
    await expect.poll(async () => (await storedRules()).map((rule) => rule.name)).toEqual([RULE_NAME]);
  });

  it('opens the rule a link names, and tests it on the tab the link came from', async () => {
    const popup = await clipFixture();
    const tabId = await popup.evaluate<number>(`chrome.tabs.query({ active: true, currentWindow: true }).then(([tab]) => tab.id)`);
    await popup.close();
    const [rule] = await storedRules();
    const linked = await openOptions(await openExtensionPage(harness, `options.html#rule=${rule!.id}&tab=${tabId}`));
    try {
      expect(await field('Name', linked).inputValue()).toBe(RULE_NAME);
      expect(await field('Content selector', linked).inputValue()).toBe('.story-body');

      // Empty address: the linked tab, readable thanks to the toolbar click.
      const test = rulesIn(linked).getByRole('region', { name: 'Test on a URL' });
      await test.getByRole('button', { name: 'Test' }).click();
      const withRule = test.getByRole('figure', { name: 'With this rule' });
      const withoutRule = test.getByRole('figure', { name: 'Without a rule' });
      await withRule.waitFor({ timeout: 15_000 });
      const ruled = (await withRule.locator('pre').textContent())!;
      const unruled = (await withoutRule.locator('pre').textContent())!;
      expect(ruled).toContain(ARTICLE_START);
      expect(ruled).not.toContain(EDITORS_NOTE);
      expect(ruled).not.toContain(PROMOTION);
      expect(ruled).toContain('comments: false');
      expect(unruled).toContain(EDITORS_NOTE);
      expect(unruled).toContain(PROMOTION);
      expect(unruled).not.toContain('comments:');
      await screenshotEditor(linked);

      // Headless Chromium cannot show the permission prompt: answer it here.
      const answerPrompt = (granted: boolean) =>
        linked.evaluate((answer) => {
          const namespaces = [(globalThis as any).chrome, (globalThis as any).browser];
          for (const api of namespaces) if (api?.permissions) api.permissions.request = async () => answer;
        }, granted);
      const address = test.getByRole('textbox', { name: 'Address of an open tab' });
      await answerPrompt(false);
      await address.fill(newsUrl);
      await test.getByRole('button', { name: 'Test' }).click();
      await test.getByRole('alert').filter({ hasText: 'was not allowed to read pages on 127.0.0.1' }).waitFor();

      await answerPrompt(true);
      const notOpen = server.url('/seed-004-news/source.html');
      await address.fill(notOpen);
      await test.getByRole('button', { name: 'Test' }).click();
      await test.getByRole('alert').filter({ hasText: `No open tab shows ${notOpen}` }).waitFor();

      await address.fill('not a web address');
      await test.getByRole('button', { name: 'Test' }).click();
      await test.getByRole('alert').filter({ hasText: 'is not the address of a web page' }).waitFor();
    } finally {
      await linked.close();
    }
  });

  it('switched off, the rule no longer applies and the clip falls back to the default', async () => {
    await rulesIn(options).getByRole('switch', { name: `Use ${RULE_NAME}`, exact: true }).uncheck();
    await expect.poll(async () => (await storedRules())[0]?.enabled).toBe(false);
    // Switched off is not gone: the rule is still in what a backup holds.
    expect(await options.getByRole('region', { name: 'Backup' }).textContent()).toContain('1 site rule and the Markdown options');
    const popup = await clipFixture();
    const body = await popup.evaluate<string>(`document.querySelector('textarea[name=body]').value`);
    expect(body).toContain(ARTICLE_START);
    expect(body).toContain(EDITORS_NOTE);
    expect(body).toContain(PROMOTION);
    expect(await popup.evaluate(`document.querySelector('[data-status]').textContent`)).not.toContain('site rule');
    expect(await popup.evaluate(`!!document.querySelector('input[name=categories], input[name=comments]')`)).toBe(false);
    await popup.close();
  });
});
