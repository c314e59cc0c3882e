// The rule editor's "Test on a URL": clip an open tab twice, with the draft rule and with no rule,
// so the user sees what the rule changes before any clip depends on it. Reading a tab the user did
// not just click needs its site's host permission: asked for first, while the click still counts.
import { browser, type Browser } from 'wxt/browser';
import type { ClippedPage } from '../pipeline/clipped-page';
import type { Result } from '../result';
import type { SiteRule } from '../site-rules/site-rule';
import { EXTRACTOR_SCRIPT } from './clip-active-tab';
import { encodeExtractorOverride, EXTRACTOR_OVERRIDE_KEY, type ExtractorOverride } from './extractor-override';

export interface RuleTestTarget {
  /** Empty: the linked tab, as it is now. */
  url: string;
  /** The tab the options page was opened for (`#tab=`), used when it still shows `url` or none is given. */
  tabId?: number | null;
}

export interface RuleTestOutcome {
  withRule: Result<ClippedPage>;
  withoutRule: Result<ClippedPage>;
}

export type RuleTestFailureCode = 'bad-url' | 'permission-refused' | 'no-tab' | 'not-scriptable';
export type RuleTestResult = { ok: true; value: RuleTestOutcome } | { ok: false; error: { code: RuleTestFailureCode; message: string } };

type Tab = Browser.tabs.Tab;

/** Must be called straight from a click: the permission prompt needs the user's gesture. */
export async function testRuleOnTab(target: RuleTestTarget, rule: SiteRule): Promise<RuleTestResult> {
  // The toolbar click that led here let Clipdown read that tab (activeTab): no prompt needed.
  if (!target.url.trim() && target.tabId != null) return clipTab(target.tabId, rule);
  const url = parseUrl(target.url);
  if (!url) return failure('bad-url', `“${target.url}” is not the address of a web page. Copy it from the tab’s address bar.`);
  const origins = [url.protocol === 'file:' ? 'file:///*' : `${url.origin}/*`];
  let granted: boolean;
  try {
    granted = await browser.permissions.request({ origins });
  } catch (error) {
    return failure('permission-refused', `Clipdown could not ask to read ${url.host || url.protocol}: ${(error as Error).message}`);
  }
  if (!granted) {
    return failure('permission-refused', `Clipdown was not allowed to read pages on ${url.host || 'your files'}, so it cannot test the rule there. Test again and allow access.`);
  }

  const tab = await findTab(url, target.tabId ?? null);
  if (tab?.id === undefined) {
    return failure('no-tab', `No open tab shows ${url.href}. Open the page in a tab (or copy the address of one that is open) and test again.`);
  }
  return clipTab(tab.id, rule);
}

async function clipTab(tabId: number, rule: SiteRule): Promise<RuleTestResult> {
  try {
    const withoutRule = await clipWith(tabId, { rule: null });
    const withRule = await clipWith(tabId, { rule });
    return { ok: true, value: { withRule, withoutRule } };
  } catch (error) {
    return failure(
      'not-scriptable',
      `The browser did not let Clipdown read that tab (${(error as Error).message}). Paste its address to allow it, or reload it and test again; browser pages, stores and the PDF viewer cannot be clipped.`,
    );
  }
}

async function findTab(url: URL, tabId: number | null): Promise<Tab | undefined> {
  if (tabId !== null) {
    // Its URL shows only if the permission just granted covers it, i.e. it is on that site.
    const tab = await browser.tabs.get(tabId).catch(() => undefined);
    if (tab?.url && sameDocument(tab.url, url)) return tab;
  }
  // With the host permission just granted, tabs of that site show their URLs.
  const tabs = await browser.tabs.query({ url: url.protocol === 'file:' ? 'file:///*' : `${url.origin}/*` });
  return tabs.find((tab) => tab.url !== undefined && sameDocument(tab.url, url));
}

async function clipWith(tabId: number, override: ExtractorOverride): Promise<Result<ClippedPage>> {
  await browser.scripting.executeScript({
    target: { tabId },
    func: (key: string, value: string) => {
      (globalThis as unknown as Record<string, unknown>)[key] = value;
    },
    args: [EXTRACTOR_OVERRIDE_KEY, encodeExtractorOverride(override)],
  });
  try {
    const [first] = await browser.scripting.executeScript({ target: { tabId }, files: [EXTRACTOR_SCRIPT] });
    return (first?.result as Result<ClippedPage> | undefined) ?? { ok: false, error: { code: 'extraction-failed', message: 'The page did not answer. Wait until it has loaded, then test again.' } };
  } finally {
    // The extractor takes the override; if it never ran, a later toolbar clip must not find it.
    await browser.scripting
      .executeScript({ target: { tabId }, func: (key: string) => void delete (globalThis as unknown as Record<string, unknown>)[key], args: [EXTRACTOR_OVERRIDE_KEY] })
      .catch(() => undefined);
  }
}

/** The fragment is the page's business; the query string is part of which article it is. */
function sameDocument(a: string, b: URL): boolean {
  const left = parseUrl(a);
  return left !== null && left.origin === b.origin && left.pathname === b.pathname && left.search === b.search;
}

function parseUrl(text: string): URL | null {
  try {
    const url = new URL(text.trim());
    return ['http:', 'https:', 'file:'].includes(url.protocol) ? url : null;
  } catch {
    return null;
  }
}

function failure(code: RuleTestFailureCode, message: string): RuleTestResult {
  return { ok: false, error: { code, message } };
}
