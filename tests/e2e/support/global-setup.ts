// Vitest globalSetup for the e2e project: make sure Debian's Chromium is installed, then build the
// extension fresh (`npm run build`) — unless $CLIPDOWN_E2E_EXTENSION_DIR points at a ready-made one.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { CHROMIUM_PATH, EXTENSION_DIR_ENV, REPO_ROOT, extensionDir } from './paths';

export default async function setup(): Promise<void> {
  ensureChromium();
  const dir = extensionDir();
  if (process.env[EXTENSION_DIR_ENV]) {
    console.log(`[e2e] ${EXTENSION_DIR_ENV}=${dir}: using it as is, skipping the build`);
  } else {
    build();
  }
  if (!existsSync(path.join(dir, 'manifest.json'))) throw new Error(`[e2e] no manifest.json in ${dir}`);
}

function ensureChromium(): void {
  if (existsSync(CHROMIUM_PATH)) return;
  // Debian's package, never a Playwright browser download (the network only reaches Debian/npm mirrors).
  console.log(`[e2e] ${CHROMIUM_PATH} missing: apt-get update && apt-get install -y chromium`);
  for (const args of [['update'], ['install', '-y', 'chromium']]) {
    const r = spawnSync('apt-get', args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    if (r.status !== 0) {
      throw new Error(`[e2e] "apt-get ${args.join(' ')}" failed (${r.error?.message ?? `exit ${r.status}`}); ` +
        `install Debian's chromium by hand (needs root) so ${CHROMIUM_PATH} exists`);
    }
  }
  if (!existsSync(CHROMIUM_PATH)) throw new Error(`[e2e] chromium installed but ${CHROMIUM_PATH} is still missing`);
}

function build(): void {
  const started = Date.now();
  console.log('[e2e] npm run build');
  // Captured, not inherited: a green build stays quiet, a red one shows its tail.
  const r = spawnSync('npm', ['run', 'build'], { cwd: REPO_ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) {
    const tail = `${r.stdout ?? ''}\n${r.stderr ?? ''}`.trim().split('\n').slice(-40).join('\n');
    throw new Error(`[e2e] npm run build failed (${r.error?.message ?? `exit ${r.status}`}):\n${tail}`);
  }
  console.log(`[e2e] built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
