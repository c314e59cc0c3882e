// extensionIdFromPath(dir): the id Chromium gives an unpacked extension (Linux/macOS):
// sha256 of its absolute real path, first 32 hex digits mapped 0-f -> a-p.
import { createHash } from 'node:crypto';
import { realpathSync } from 'node:fs';

export function extensionIdFromPath(dir: string): string {
  // Chromium hashes the resolved path it loaded from, so symlinks must be resolved first.
  const hex = createHash('sha256').update(realpathSync(dir)).digest('hex').slice(0, 32);
  return hex.replace(/[0-9a-f]/g, (c) => String.fromCharCode(97 + parseInt(c, 16)));
}
