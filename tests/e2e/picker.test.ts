// "Pick from the page" in the real built extension: from the popup, point at the article and at parts
// to remove with the real mouse in the page; the selectors land in a rule for the site, the next clip
// uses it, and the popup names the rule with a link to its editor.
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  clickToolbarButton,
  extensionDir,
  launchWithExtension,
  openExtensionPage,
  readExtensionStorage,
  REPO_ROOT,
  serveDirectory,
  shadowText,
  type Harness,
  type PopupHandle,
  type StaticServer,
} from './support';
import type { SiteRule } from '../../utils/site-rules/site-rule';

const FIXTURES = path.join(REPO_ROOT, 'tests/fixtures/pages');
const SCREENSHOT = path.join(REPO_ROOT, '.output/e2e/picker.png');
const POPUP_SCREENSHOT = path.join(REPO_ROOT, '.output/e2e/popup-rule.png');
const OVERLAY = 'clipdown-picker';
const HOST = '127.0.0.1';
const ARTICLE_TEXT = 'The harbour bridge reopened to traffic on Monday morning';
const OUTSIDE_TEXT = 'Column note from the editors';
const RELATED_TEXT = 'More on this story';

let harness: Harness;
let server: StaticServer;
let page: Page;
let pageUrl: string;

beforeAll(async () => {
  server = await serveDirectory(FIXTURES);
  harness = await launchWithExtension({ extensionDir: extensionDir() });
  page = await harness.firstPage();
  await page.setViewportSize({ width: 1280, height: 900 });
  pageUrl = server.url('/picker-news/source.html');
  await page.goto(pageUrl);
});

afterAll(async () => {
  await harness?.close();
  await server?.close();
});

async function openPopup(): Promise<PopupHandle> {
  const popup = await clickToolbarButton(harness, page);
  await popup.waitFor(`!!document.querySelector('textarea[name=body]') || !!document.querySelector('[data-status=error]')`, 15_000);
  return popup;
}

const bodyOf = (popup: PopupHandle) => popup.evaluate<string>(`document.querySelector('textarea[name=body]').value`);

/** Clicks a pick button; the popup injects the picker and closes itself so the page gets the mouse. */
async function startPicking(action: 'pick-article' | 'pick-remove'): Promise<void> {
  const popup = await openPopup();
  await popup.click(`button[data-action=${action}]`);
  for (let i = 0; ; i++) {
    const { targetInfos } = await harness.cdp.send('Target.getTargets');
    if (!targetInfos.some((target) => target.targetId === popup.targetId)) break;
    if (i > 100) throw new Error(`the popup stayed open after ${action}; logs:\n${popup.logs.join('\n')}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  await page.waitForSelector(OVERLAY, { state: 'attached', timeout: 5000 });
}

/** A point in the page inside `selector`: its top-left corner (in its padding), or its centre. */
async function pointIn(selector: string, where: 'corner' | 'centre'): Promise<{ x: number; y: number }> {
  return page.evaluate(
    ([css, at]) => {
      const rect = document.querySelector(css!)!.getBoundingClientRect();
      return at === 'corner' ? { x: rect.left + 8, y: rect.top + 8 } : { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    },
    [selector, where] as const,
  );
}

async function overlayText(): Promise<string> {
  return (await shadowText(harness, page, OVERLAY)) ?? '';
}

async function waitForOverlayText(pattern: RegExp): Promise<string> {
  let text = '';
  for (let i = 0; i < 100; i++) {
    text = await overlayText();
    if (pattern.test(text)) return text;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`the picker never showed ${pattern}; it shows: "${text}"`);
}

/** The site rules as stored, read from an extension page: every write keeps a copy in local storage. */
async function storedRules(): Promise<SiteRule[]> {
  const extensionPage = await openExtensionPage(harness, 'popup.html');
  try {
    return ((await readExtensionStorage(extensionPage, 'local')).settings as { rules?: SiteRule[] } | undefined)?.rules ?? [];
  } finally {
    await extensionPage.close();
    await page.bringToFront();
  }
}

describe('picking the article and parts to remove from the page', () => {
  it('clips the page without a rule first: the note outside the article and the related block are kept', async () => {
    const popup = await openPopup();
    const body = await bodyOf(popup);
    expect(body).toContain(ARTICLE_TEXT);
    expect(body).toContain(OUTSIDE_TEXT);
    expect(body).toContain(RELATED_TEXT);
    expect(await popup.evaluate(`!!document.querySelector('.rule-line')`)).toBe(false);
    await popup.close();
  });

  it('cancels with Escape, leaving the page and the rules as they were', async () => {
    await startPicking('pick-article');
    const { x, y } = await pointIn('.news-story', 'corner');
    await page.mouse.move(x, y);
    expect(await waitForOverlayText(/\.news-story/)).toContain('Click the article');
    await page.keyboard.press('Escape');
    await page.waitForSelector(OVERLAY, { state: 'detached', timeout: 5000 });
    expect(await storedRules()).toEqual([]);
  });

  it('writes the pointed-at article into a new rule for the host', async () => {
    await startPicking('pick-article');
    const { x, y } = await pointIn('.news-story', 'corner');
    await page.mouse.move(x, y);
    // The label names what a click would pick.
    expect(await waitForOverlayText(/\.news-story/)).toMatch(/^\.news-story /);
    await page.mouse.click(x, y);
    expect(await waitForOverlayText(/Saved to rule/)).toBe(`Saved to rule “${HOST}”. Click Clipdown again to clip.`);

    const rules = await storedRules();
    expect(rules).toHaveLength(1);
    expect(rules[0]).toMatchObject({ name: HOST, patterns: [HOST], enabled: true, contentSelector: '.news-story', removeSelectors: [] });
    await page.waitForSelector(OVERLAY, { state: 'detached', timeout: 10_000 });
  });

  it('collects several parts to remove, widened from a link to its bar, without following the link', async () => {
    await startPicking('pick-remove');
    // A link in the share bar, widened to the bar: the click must not reach the link.
    let point = await pointIn('.share-bar a', 'centre');
    await page.mouse.move(point.x, point.y);
    await waitForOverlayText(/^\.share-bar > a:nth-of-type\(1\) /);
    await page.keyboard.press('ArrowUp');
    expect(await waitForOverlayText(/^\.share-bar /)).toContain('Enter when done');
    await page.screenshot({ path: SCREENSHOT });
    await page.mouse.click(point.x, point.y);
    await waitForOverlayText(/Done \(1\)/);
    expect(page.url()).toBe(pageUrl);

    point = await pointIn('.more-on-this p', 'centre');
    await page.mouse.move(point.x, point.y);
    await page.keyboard.press('ArrowUp');
    await waitForOverlayText(/^\.more-on-this /);
    await page.mouse.click(point.x, point.y);
    await waitForOverlayText(/Done \(2\)/);
    await page.keyboard.press('Enter');
    await waitForOverlayText(/Saved to rule “127\.0\.0\.1”/);

    const rules = await storedRules();
    expect(rules).toHaveLength(1);
    expect(rules[0]).toMatchObject({ contentSelector: '.news-story', removeSelectors: ['.share-bar', '.more-on-this'] });
    expect(page.url()).toBe(pageUrl);
  });

  it('clips with the rule, names it in the popup, and links to its editor', async () => {
    const [rule] = await storedRules();
    const popup = await openPopup();
    const body = await bodyOf(popup);
    expect(body).toContain(ARTICLE_TEXT);
    expect(body).toContain('The final cost of the works');
    expect(body).not.toContain(OUTSIDE_TEXT);
    expect(body).not.toContain(RELATED_TEXT);
    expect(await popup.evaluate(`document.querySelector('.rule-line').textContent`)).toBe(`Site rule: ${HOST} · Edit`);
    await popup.screenshot(POPUP_SCREENSHOT);

    const opened = harness.context.waitForEvent('page', { timeout: 10_000 });
    await popup.click('button[data-action=edit-rule]');
    const editor = await opened;
    const url = new URL(editor.url());
    expect(`${url.protocol}//${url.host}${url.pathname}`).toBe(`chrome-extension://${harness.extensionId}/options.html`);
    const hash = new URLSearchParams(url.hash.slice(1));
    expect(hash.get('rule')).toBe(rule!.id);
    expect(hash.get('tab')).toMatch(/^\d+$/);
    await editor.close();
  });
});
