// Settings as storage.sync items: the JSON cut into numbered chunks under the per-item quota, and a
// manifest naming the write they belong to, so a reader can tell a whole set from one half synced in.
// Pure: no browser.*; the quota comes from the caller.

export const SYNC_MANIFEST_KEY = 'settings';
export const syncChunkKey = (index: number) => `settings.${index}`;
export const isSyncSettingsKey = (key: string) => key === SYNC_MANIFEST_KEY || key.startsWith(`${SYNC_MANIFEST_KEY}.`);

export interface SyncQuota {
  /** Chrome: 8192 bytes, counted as key length + JSON of the value. */
  perItem: number;
  /** Chrome: 102400 bytes across every sync item. */
  total: number;
  /** Chrome: 512 items. */
  maxItems: number;
}

/** Chrome's published sync quotas; Firefox enforces the same per-item and total figures. */
export const CHROME_SYNC_QUOTA: Readonly<SyncQuota> = Object.freeze({ perItem: 8192, total: 102_400, maxItems: 512 });

// Room left in each item for what our byte count may get wrong about a browser's own count.
const ITEM_MARGIN_BYTES = 64;

export interface SyncManifest {
  /** Settings version of the JSON, so a later Clipdown migrates it like any stored settings. */
  v: number;
  /** Which write the chunks belong to; a chunk from another write means the set is not whole yet. */
  write: string;
  chunks: number;
}

export interface SyncChunk {
  write: string;
  text: string;
}

export interface SyncPlan {
  items: Record<string, SyncManifest | SyncChunk>;
  chunks: number;
  /** What the items weigh against the total quota. */
  bytes: number;
  fits: boolean;
}

export function planSyncItems(json: string, version: number, write: string, quota: SyncQuota): SyncPlan {
  const emptyChunk: SyncChunk = { write, text: '' };
  const texts = splitByCost(json, quota.perItem - ITEM_MARGIN_BYTES - syncChunkKey(quota.maxItems).length - storedBytes(emptyChunk));
  const manifest: SyncManifest = { v: version, write, chunks: texts.length };
  const items: Record<string, SyncManifest | SyncChunk> = { [SYNC_MANIFEST_KEY]: manifest };
  texts.forEach((text, i) => (items[syncChunkKey(i)] = { write, text }));
  const bytes = Object.entries(items).reduce((sum, [key, value]) => sum + key.length + storedBytes(value), 0);
  return { items, chunks: texts.length, bytes, fits: bytes <= quota.total && texts.length + 1 <= quota.maxItems };
}

export type SyncRead =
  | { kind: 'empty' }
  | { kind: 'partial'; manifest: SyncManifest }
  | { kind: 'whole'; manifest: SyncManifest; json: string; bytes: number };

/** Reassembles what one `get(null)` of the sync area returned. */
export function readSyncItems(items: Record<string, unknown>): SyncRead {
  const manifest = items[SYNC_MANIFEST_KEY];
  if (!isManifest(manifest)) return { kind: 'empty' };
  let json = '';
  let bytes = SYNC_MANIFEST_KEY.length + storedBytes(manifest);
  for (let i = 0; i < manifest.chunks; i++) {
    const chunk = items[syncChunkKey(i)];
    if (!isChunk(chunk) || chunk.write !== manifest.write) return { kind: 'partial', manifest };
    json += chunk.text;
    bytes += syncChunkKey(i).length + storedBytes(chunk);
  }
  return { kind: 'whole', manifest, json, bytes };
}

/** Chunk keys a write of `chunks` chunks leaves behind from a longer earlier one. */
export function staleChunkKeys(items: Record<string, unknown>, chunks: number): string[] {
  return Object.keys(items).filter((key) => key.startsWith(`${SYNC_MANIFEST_KEY}.`) && Number(key.slice(SYNC_MANIFEST_KEY.length + 1)) >= chunks);
}

/**
 * Bytes a browser counts for a stored value: its JSON in UTF-8, plus what Chromium's JSON writer adds by
 * escaping `<`, U+2028/U+2029 and DEL, which JSON.stringify leaves as they are. Never an undercount.
 */
export function storedBytes(value: unknown): number {
  const json = JSON.stringify(value);
  let extra = 0;
  for (const ch of json) {
    if (ch === '<' || ch === '\u007f') extra += 5;
    else if (ch === '\u2028' || ch === '\u2029') extra += 3;
  }
  return new TextEncoder().encode(json).length + extra;
}

function splitByCost(text: string, budget: number): string[] {
  const parts: string[] = [];
  let part = '';
  let cost = 0;
  // By code point, so a surrogate pair never straddles two chunks; escaping is per code point, so costs add up.
  for (const ch of text) {
    const chCost = codePointBytes(ch);
    if (cost + chCost > budget && part) {
      parts.push(part);
      part = '';
      cost = 0;
    }
    part += ch;
    cost += chCost;
  }
  if (part || parts.length === 0) parts.push(part);
  return parts;
}

function codePointBytes(ch: string): number {
  const code = ch.codePointAt(0)!;
  // Printable ASCII, nearly all of any settings, without the cost of encoding each character.
  if (code >= 0x20 && code < 0x7f && ch !== '"' && ch !== '\\' && ch !== '<') return 1;
  return storedBytes(ch) - 2;
}

function isManifest(value: unknown): value is SyncManifest {
  const m = value as Partial<SyncManifest> | null;
  return typeof m === 'object' && m !== null && typeof m.v === 'number' && typeof m.write === 'string' && Number.isInteger(m.chunks) && m.chunks! >= 0;
}

function isChunk(value: unknown): value is SyncChunk {
  const c = value as Partial<SyncChunk> | null;
  return typeof c === 'object' && c !== null && typeof c.write === 'string' && typeof c.text === 'string';
}
