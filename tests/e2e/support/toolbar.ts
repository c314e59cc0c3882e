// clickToolbarButton(harness, page) -> PopupHandle: the real toolbar click (CDP Extensions.triggerAction
// on the page's TAB target, which grants activeTab) and a CDP handle to the action popup it opens.
// Playwright never exposes that popup as a Page, so the handle speaks CDP to it directly.
import type { Page } from 'playwright-core';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { TargetSession } from './cdp-target';
import type { Harness } from './launch-browser';

export interface PopupHandle {
  readonly targetId: string;
  readonly url: string;
  /** Raw CDP to the popup, for anything the helpers below do not cover. */
  readonly session: TargetSession;
  /** Console messages and uncaught exceptions of the popup ("error: ...", "exception: ..."). */
  readonly logs: string[];
  /** Runtime.evaluate (awaits promises, returns by value); throws with the page's error message. */
  evaluate<T = unknown>(expression: string): Promise<T>;
  /** Polls `expression` until truthy and returns its value; timeout error names the expression. */
  waitFor<T = unknown>(expression: string, timeoutMs?: number): Promise<T>;
  /** Waits for the element, then a real mouse click at its centre. */
  click(selector: string, timeoutMs?: number): Promise<void>;
  /** Sets an input/textarea/select value so React's onChange sees it. */
  fill(selector: string, value: string, timeoutMs?: number): Promise<void>;
  /** PNG of the whole popup document; writes `file` (dirs created) and returns the bytes. */
  screenshot(file: string): Promise<Buffer>;
  /** Closes the popup window (like clicking elsewhere). */
  close(): Promise<void>;
}

export interface ClickOptions {
  /** Popup page path; default: the manifest's action.default_popup, else popup.html. */
  popupPath?: string;
  /** How long to wait for the popup to appear and load. Default 10 s. */
  timeoutMs?: number;
}

/** The id of the `tab` target holding `page` (what Extensions.triggerAction wants, not the page target). */
export async function tabTargetIdOf(harness: Harness, page: Page): Promise<string> {
  const pageSession = await harness.context.newCDPSession(page);
  const pageTargetId: string = (await pageSession.send('Target.getTargetInfo')).targetInfo.targetId;
  await pageSession.detach().catch(() => {});

  const { targetInfos } = await harness.cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] } as any);
  // Tabs showing the same URL first: usually the first probe hits; still prove it, URLs need not be unique.
  const url = page.url();
  const candidates = [...targetInfos].sort((a, b) => Number(b.url === url) - Number(a.url === url));
  for (const tab of candidates) {
    if ((await pageTargetOfTab(harness, tab.targetId)) === pageTargetId) return tab.targetId;
  }
  throw new Error(`no tab target holds page target ${pageTargetId} (${url})`);
}

/** Auto-attaching inside a tab session reports its page target: the only reliable tab -> page link. */
async function pageTargetOfTab(harness: Harness, tabTargetId: string): Promise<string | undefined> {
  const tab = await TargetSession.attach(harness.cdp, tabTargetId);
  try {
    const found = new Promise<string>((resolve) => {
      tab.on('Target.attachedToTarget', (p) => {
        if (p.targetInfo?.type === 'page') resolve(p.targetInfo.targetId);
      });
    });
    await tab.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: false, flatten: false });
    return await Promise.race([found, sleep(2000).then(() => undefined)]);
  } finally {
    await tab.detach();
  }
}

export async function clickToolbarButton(harness: Harness, page: Page, opts: ClickOptions = {}): Promise<PopupHandle> {
  const timeoutMs = opts.timeoutMs ?? 10_000;
  const popupUrl = `chrome-extension://${harness.extensionId}/${opts.popupPath ?? defaultPopupPath(harness.extensionDir)}`;

  // A user can only click the toolbar of the tab they are looking at.
  await page.bringToFront();
  const tabTargetId = await tabTargetIdOf(harness, page);
  const isPopup = (u: string) => u === popupUrl || u.startsWith(`${popupUrl}?`) || u.startsWith(`${popupUrl}#`);
  // The same URL may be open in a normal tab (openExtensionPage): only a target new after the click counts.
  const before = new Set(
    (await harness.cdp.send('Target.getTargets')).targetInfos.filter((t) => isPopup(t.url)).map((t) => t.targetId),
  );

  try {
    await harness.cdp.send('Extensions.triggerAction' as any, { id: harness.extensionId, targetId: tabTargetId });
  } catch (e) {
    throw new Error(`Extensions.triggerAction failed (${(e as Error).message}). Fallback: a test-only build with ` +
      `host_permissions ['http://127.0.0.1/*'] and opening popup.html as a page.`);
  }

  const deadline = Date.now() + timeoutMs;
  let targetId: string | undefined;
  let lastTargets: string[] = [];
  while (!targetId) {
    const { targetInfos } = await harness.cdp.send('Target.getTargets');
    targetId = targetInfos.find((t) => isPopup(t.url) && !before.has(t.targetId))?.targetId;
    lastTargets = targetInfos.map((t) => `${t.type} ${t.url}`);
    if (!targetId) {
      if (Date.now() > deadline) throw new Error(`popup ${popupUrl} did not open within ${timeoutMs} ms; targets:\n  ${lastTargets.join('\n  ')}`);
      await sleep(50);
    }
  }

  const session = await TargetSession.attach(harness.cdp, targetId);
  const handle = makeHandle(harness, session, targetId, popupUrl);
  await handle.session.send('Runtime.enable'); // replays console messages logged before we attached
  await handle.waitFor(`document.readyState === 'complete'`, Math.max(1000, deadline - Date.now()));
  return handle;
}

function makeHandle(harness: Harness, session: TargetSession, targetId: string, url: string): PopupHandle {
  const logs: string[] = [];
  session.on('Runtime.consoleAPICalled', (p) => {
    logs.push(`${p.type}: ${p.args.map((a: any) => a.value ?? a.description ?? a.type).join(' ')}`);
  });
  session.on('Runtime.exceptionThrown', (p) => {
    logs.push(`exception: ${p.exceptionDetails.exception?.description ?? p.exceptionDetails.text}`);
  });

  async function evaluate<T>(expression: string): Promise<T> {
    const r = await session.send('Runtime.evaluate', {
      expression,
      awaitPromise: true,
      returnByValue: true,
      userGesture: true, // let the popup do what a click would allow
    });
    if (r.exceptionDetails) {
      const d = r.exceptionDetails;
      throw new Error(`popup evaluate failed: ${d.exception?.description ?? d.exception?.value ?? d.text}\n  in: ${expression}`);
    }
    return r.result.value as T;
  }

  async function waitFor<T>(expression: string, timeoutMs = 5000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    let last: unknown;
    for (;;) {
      try {
        const v = await evaluate<T>(expression);
        if (v) return v;
        last = v;
      } catch (e) {
        if (session.isDetached) throw e;
        last = e; // e.g. the element is not rendered yet
      }
      if (Date.now() > deadline) {
        throw new Error(`popup waitFor timed out after ${timeoutMs} ms: ${expression}\n  last: ${String(last)}` +
          (logs.length ? `\n  popup logs:\n    ${logs.join('\n    ')}` : ''));
      }
      await sleep(50);
    }
  }

  const q = (selector: string) => `document.querySelector(${JSON.stringify(selector)})`;

  return {
    targetId,
    url,
    session,
    logs,
    evaluate,
    waitFor,

    async click(selector, timeoutMs = 5000) {
      const box = await waitFor<{ x: number; y: number } | null>(
        `(() => { const el = ${q(selector)}; if (!el || el.disabled) return null;
          el.scrollIntoView({ block: 'center', inline: 'center' });
          const r = el.getBoundingClientRect(); if (!r.width || !r.height) return null;
          return { x: r.left + r.width / 2, y: r.top + r.height / 2 }; })()`,
        timeoutMs,
      ).catch((e) => {
        throw new Error(`click: ${selector} not found, hidden or disabled\n${(e as Error).message}`);
      });
      const { x, y } = box!;
      await session.send('Input.dispatchMouseEvent', { type: 'mouseMoved', x, y });
      await session.send('Input.dispatchMouseEvent', { type: 'mousePressed', x, y, button: 'left', clickCount: 1 });
      await session.send('Input.dispatchMouseEvent', { type: 'mouseReleased', x, y, button: 'left', clickCount: 1 });
    },

    async fill(selector, value, timeoutMs = 5000) {
      await waitFor(`!!${q(selector)}`, timeoutMs);
      // React tracks the last value it set; going through the prototype's setter makes the
      // `input` event look like a user edit, so a controlled component's onChange fires.
      await evaluate(`(() => { const el = ${q(selector)};
        const proto = Object.getPrototypeOf(el);
        const setter = Object.getOwnPropertyDescriptor(proto, 'value')?.set;
        if (!setter) throw new Error('fill: ' + ${JSON.stringify(selector)} + ' has no value setter');
        el.focus();
        setter.call(el, ${JSON.stringify(value)});
        el.dispatchEvent(new Event('input', { bubbles: true }));
        el.dispatchEvent(new Event('change', { bubbles: true }));
        return true; })()`);
    },

    async screenshot(file) {
      // The popup window is sized to its content, but capture the full document in case it scrolls.
      const m = await session.send('Page.getLayoutMetrics');
      const size = m.cssContentSize ?? m.contentSize;
      const r = await session.send('Page.captureScreenshot', {
        format: 'png',
        captureBeyondViewport: true,
        clip: { x: 0, y: 0, width: Math.ceil(size.width), height: Math.ceil(size.height), scale: 1 },
      });
      const buf = Buffer.from(r.data, 'base64');
      mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
      writeFileSync(file, buf);
      return buf;
    },

    async close() {
      if (!session.isDetached) await session.detach();
      await harness.cdp.send('Target.closeTarget', { targetId }).catch(() => {}); // already gone is fine
      // closeTarget answers before the target is destroyed; wait so the next click sees a clean slate.
      for (let i = 0; i < 40; i++) {
        const { targetInfos } = await harness.cdp.send('Target.getTargets');
        if (!targetInfos.some((t) => t.targetId === targetId)) return;
        await sleep(50);
      }
    },
  };
}

function defaultPopupPath(extensionDir: string): string {
  try {
    const m = JSON.parse(readFileSync(path.join(extensionDir, 'manifest.json'), 'utf8'));
    return m.action?.default_popup ?? 'popup.html';
  } catch {
    return 'popup.html';
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}
