// launchWithExtension({ extensionDir }) -> Harness: Debian's Chromium (new headless) with the unpacked
// extension, a browser-level CDP session, downloads landing in `downloadsDir` under the extension's
// own file name. `restart()` relaunches on the same profile; `close()` removes the temp dirs it made.
import { chromium, type Browser, type BrowserContext, type CDPSession, type Page } from 'playwright-core';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { extensionIdFromPath } from './extension-id';
import { CHROMIUM_PATH } from './paths';

export { extensionIdFromPath };

export interface LaunchOptions {
  extensionDir: string;
  /** Where downloads land. Default: a fresh temp dir, removed by close(). */
  downloadsDir?: string;
  /** Reuse this profile (e.g. a previous harness's). Default: a fresh temp dir, removed by close(). */
  profileDir?: string;
  /** Extra Chromium flags. */
  args?: string[];
}

export interface Harness {
  readonly context: BrowserContext;
  readonly browser: Browser;
  /** Browser-level CDP session (Target.*, Extensions.*, Browser.*). */
  readonly cdp: CDPSession;
  readonly extensionId: string;
  /** Real path of the unpacked extension. */
  readonly extensionDir: string;
  readonly profileDir: string;
  readonly downloadsDir: string;
  /** The tab Chromium opened at start-up (or a new one). */
  firstPage(): Promise<Page>;
  /** Close the browser, keep profile + downloads dir, launch again on them; this harness becomes unusable. */
  restart(): Promise<Harness>;
  /** Close the browser and remove the temp dirs this harness (or the one it restarted from) created. */
  close(): Promise<void>;
}

const BASE_ARGS = [
  '--no-sandbox', // we run as root
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  // No DNS at all (closed network); EXCLUDE keeps the loopback fixture server reachable.
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
];

export async function launchWithExtension(opts: LaunchOptions): Promise<Harness> {
  const owned: string[] = [];
  const extensionDir = resolveExtensionDir(opts.extensionDir);
  const profileDir = opts.profileDir ?? tempDir('clipdown-e2e-profile-', owned);
  const downloadsDir = opts.downloadsDir ?? tempDir('clipdown-e2e-downloads-', owned);
  mkdirSync(downloadsDir, { recursive: true });
  try {
    return await launch({ ...opts, extensionDir, profileDir, downloadsDir }, owned);
  } catch (e) {
    for (const d of owned) rmSync(d, { recursive: true, force: true });
    throw e;
  }
}

async function launch(
  opts: Required<Pick<LaunchOptions, 'extensionDir' | 'profileDir' | 'downloadsDir'>> & LaunchOptions,
  owned: string[],
): Promise<Harness> {
  const { extensionDir, profileDir, downloadsDir } = opts;
  writeDownloadPrefs(profileDir, downloadsDir);

  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM_PATH,
    headless: true, // new headless with this binary: extensions load
    args: [
      ...BASE_ARGS,
      // Playwright always passes --disable-extensions; the -except flag re-enables ours.
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      ...(opts.args ?? []),
    ],
  });

  let closed = false;
  try {
    // For a persistent context Playwright 1.65 still returns the Browser; guard anyway.
    const browser = context.browser();
    if (!browser) throw new Error('context.browser() is null: cannot open a browser-level CDP session');
    const cdp = await browser.newBrowserCDPSession();

    // Playwright names downloads by GUID in its own temp dir; 'default' hands them back to Chromium,
    // which then uses the profile prefs written above (dir + no prompt) and the extension's file name.
    await cdp.send('Browser.setDownloadBehavior', { behavior: 'default' });

    const extensionId = extensionIdFromPath(extensionDir);
    await verifyExtensionLoaded(cdp, extensionId, extensionDir);

    const harness: Harness = {
      context,
      browser,
      cdp,
      extensionId,
      extensionDir,
      profileDir,
      downloadsDir,
      async firstPage() {
        return context.pages()[0] ?? (await context.newPage());
      },
      async restart() {
        await closeContext();
        // Ownership of the temp dirs moves to the new harness.
        return launch(opts, owned.splice(0));
      },
      async close() {
        await closeContext();
        for (const d of owned.splice(0)) rmSync(d, { recursive: true, force: true });
      },
    };
    return harness;
  } catch (e) {
    await closeContext();
    throw e;
  }

  async function closeContext(): Promise<void> {
    if (closed) return;
    closed = true;
    // A graceful close lets Chromium flush IndexedDB/LevelDB and Preferences to the profile.
    await context.close().catch(() => {});
  }
}

function resolveExtensionDir(dir: string): string {
  const manifest = path.join(dir, 'manifest.json');
  if (!existsSync(manifest)) throw new Error(`No extension at ${dir} (missing manifest.json). Build it first (npm run build).`);
  return realpathSync(dir);
}

function tempDir(prefix: string, owned: string[]): string {
  const d = mkdtempSync(path.join(os.tmpdir(), prefix));
  owned.push(d);
  return d;
}

/** Must be on disk before launch: Chromium reads download prefs at start-up only. */
function writeDownloadPrefs(profileDir: string, downloadsDir: string): void {
  const file = path.join(profileDir, 'Default', 'Preferences');
  mkdirSync(path.dirname(file), { recursive: true });
  let prefs: Record<string, any> = {};
  if (existsSync(file)) {
    try {
      prefs = JSON.parse(readFileSync(file, 'utf8'));
    } catch {
      // A corrupt Preferences file is replaced; Chromium would reset it anyway.
    }
  }
  prefs.download = {
    ...(prefs.download ?? {}),
    default_directory: downloadsDir,
    prompt_for_download: false,
    directory_upgrade: true,
  };
  writeFileSync(file, JSON.stringify(prefs));
}

/** Fail early and clearly if Chromium refused the extension or gave it another id. */
async function verifyExtensionLoaded(cdp: CDPSession, expectedId: string, dir: string): Promise<void> {
  const deadline = Date.now() + 5000;
  for (;;) {
    let list: Array<{ id: string; path: string; enabled: boolean }>;
    try {
      list = (await cdp.send('Extensions.getExtensions' as any)).extensions;
    } catch {
      return; // command missing in this Chromium: nothing to verify with; the popup lookup will fail loudly
    }
    const ours = list.find((x) => x.path === dir);
    if (ours) {
      if (ours.id !== expectedId) throw new Error(`Chromium gave ${dir} id ${ours.id}, computed ${expectedId}`);
      if (!ours.enabled) throw new Error(`extension ${ours.id} at ${dir} is loaded but disabled`);
      return;
    }
    if (Date.now() > deadline) {
      throw new Error(`Chromium did not load the extension at ${dir} (manifest error?). Loaded: ${JSON.stringify(list)}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}
