// The built extension in a Chromium of its own: build under the lock the e2e runs share (they read and
// write `.output/` too), copy the build out before releasing it, and launch the copy on a fresh profile,
// so this benchmark and parallel e2e runs never see each other's files.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { listDownloads } from '../../../tests/e2e/support/downloads';
import { launchWithExtension, type Harness } from '../../../tests/e2e/support/launch-browser';

export const E2E_LOCK = '/tmp/clipdown-e2e.lock';

/** `npx wxt build`, then a private copy of `.output/chrome-mv3` in `parent`; returns the copy's path. */
export function buildExtensionCopy(repo: string, parent: string): string {
  const copy = mkdtempSync(path.join(parent, 'extension-'));
  const started = Date.now();
  // One shell under flock: the copy must be taken before another run may rebuild `.output/`.
  execFileSync('flock', [E2E_LOCK, 'sh', '-c', 'npx wxt build >&2 && cp -R .output/chrome-mv3/. "$0"', copy], {
    cwd: repo,
    stdio: ['ignore', 'ignore', 'pipe'],
    maxBuffer: 64 * 1024 * 1024,
  });
  console.error(`bench:library: built and copied the extension in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return copy;
}

/** A copy of a build someone already made (--extension), so a rerun need not rebuild. */
export function copyExtension(dir: string, parent: string): string {
  const copy = mkdtempSync(path.join(parent, 'extension-'));
  cpSync(dir, copy, { recursive: true });
  return copy;
}

export async function launchBrowser(extensionDir: string): Promise<Harness> {
  // The default profile and download dirs are fresh temp dirs that close() removes.
  return launchWithExtension({ extensionDir, args: ['--window-size=1280,900'] });
}

export interface DownloadResult {
  file: string;
  bytes: number;
  /** From the click that started it to Chromium reporting the file complete. */
  ms: number;
}

/**
 * Downloads land in the harness's folder under the name the extension gives them, and CDP reports their
 * progress, so the time to "completed" is read from the browser rather than guessed from the file system.
 */
export class DownloadWatcher {
  private readonly completed = new Map<string, { at: number; bytes: number }>();
  private readonly started = new Set<string>();
  private readonly failed = new Set<string>();

  private constructor(private readonly dir: string) {}

  static async attach(harness: Harness): Promise<DownloadWatcher> {
    const watcher = new DownloadWatcher(harness.downloadsDir);
    harness.cdp.on('Browser.downloadWillBegin', (e) => watcher.started.add(e.guid));
    harness.cdp.on('Browser.downloadProgress', (e) => {
      if (e.state === 'completed') watcher.completed.set(e.guid, { at: performance.now(), bytes: e.receivedBytes });
      else if (e.state === 'canceled') watcher.failed.add(e.guid);
    });
    // `default`, not `allow`: with `allow` Chromium names the file by its GUID instead of the extension's
    // name; `eventsEnabled` still reports progress (checked on Chromium 156).
    await harness.cdp.send('Browser.setDownloadBehavior', { behavior: 'default', eventsEnabled: true });
    return watcher;
  }

  /** Runs `start` (the click) and waits for the one download it begins to complete. */
  async download(start: () => Promise<void>, timeoutMs: number): Promise<DownloadResult> {
    const startedBefore = new Set(this.started);
    const filesBefore = new Set(await listDownloads(this.dir));
    const t0 = performance.now();
    await start();
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const guid = [...this.started].find((g) => !startedBefore.has(g));
      if (guid && this.failed.has(guid)) throw new Error('the download was cancelled');
      const done = guid ? this.completed.get(guid) : undefined;
      if (done) {
        // The event carries no final name (the extension picks it); the new complete file in the folder is it.
        const file = (await listDownloads(this.dir)).find((name) => !filesBefore.has(name));
        if (file) return { file: path.join(this.dir, file), bytes: done.bytes, ms: done.at - t0 };
      }
      if (Date.now() > deadline) throw new Error(`no download completed within ${timeoutMs / 1000} s of the click (${guid ? 'one began' : 'none began'})`);
      await new Promise((r) => setTimeout(r, 20));
    }
  }
}

export function tempParent(): string {
  return mkdtempSync(path.join(os.tmpdir(), 'clipdown-bench-library-'));
}
