// Where the e2e tests find the unpacked extension: $CLIPDOWN_E2E_EXTENSION_DIR if set
// (then global-setup skips the build), else the WXT build output `.output/chrome-mv3`.
import { fileURLToPath } from 'node:url';
import path from 'node:path';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const CHROMIUM_PATH = '/usr/bin/chromium';
export const EXTENSION_DIR_ENV = 'CLIPDOWN_E2E_EXTENSION_DIR';

export function extensionDir(): string {
  const fromEnv = process.env[EXTENSION_DIR_ENV];
  return fromEnv ? path.resolve(fromEnv) : path.join(REPO_ROOT, '.output', 'chrome-mv3');
}
