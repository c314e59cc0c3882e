import { describe, expect, it } from 'vitest';
import { CHROME_SYNC_QUOTA, planSyncItems, readSyncItems, staleChunkKeys, storedBytes, syncChunkKey } from '@/utils/settings/sync-chunks';

/** How Chrome counts an item against QUOTA_BYTES_PER_ITEM, written independently of the code under test. */
function chromeItemBytes(key: string, value: unknown): number {
  const json = JSON.stringify(value).replace(/</g, '\\u003C').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029').replace(/\u007f/g, '\\u007F');
  return key.length + new TextEncoder().encode(json).length;
}

// Quotes, backslashes, `<`, CJK, emoji (a surrogate pair) and a line separator: every way a character can
// weigh more than one byte once stored.
const AWKWARD = 'a"b\\c<d>新媒体😀\u2028\n';

describe('sync chunks', () => {
  it('keep every item under the per-item quota, however heavy the characters, and read back exactly', () => {
    const json = JSON.stringify({ rules: Array.from({ length: 1000 }, (_, i) => ({ name: `${AWKWARD}${i}` })) });
    const plan = planSyncItems(json, 3, 'w1', CHROME_SYNC_QUOTA);
    expect(plan.chunks).toBeGreaterThan(3);
    for (const [key, value] of Object.entries(plan.items)) expect(chromeItemBytes(key, value)).toBeLessThanOrEqual(CHROME_SYNC_QUOTA.perItem);
    // Full chunks, not a wasteful cut: all but the last within a few characters of the limit.
    for (let i = 0; i < plan.chunks - 1; i++) expect(chromeItemBytes(syncChunkKey(i), plan.items[syncChunkKey(i)])).toBeGreaterThan(CHROME_SYNC_QUOTA.perItem - 200);
    expect(plan.bytes).toBe(Object.entries(plan.items).reduce((sum, [key, value]) => sum + chromeItemBytes(key, value), 0));
    expect(readSyncItems(plan.items)).toEqual({ kind: 'whole', manifest: { v: 3, write: 'w1', chunks: plan.chunks }, json, bytes: plan.bytes });
  });

  it('say settings over the total quota do not fit', () => {
    const json = JSON.stringify({ text: 'x'.repeat(CHROME_SYNC_QUOTA.total) });
    expect(planSyncItems(json, 3, 'w', CHROME_SYNC_QUOTA).fits).toBe(false);
    expect(planSyncItems(json.slice(0, 50_000), 3, 'w', CHROME_SYNC_QUOTA).fits).toBe(true);
  });

  it('tell a set from one write with a chunk of another apart, and a missing chunk too', () => {
    const json = 'y'.repeat(20_000);
    const older = planSyncItems(json, 3, 'old', CHROME_SYNC_QUOTA).items;
    const newer = planSyncItems(json, 3, 'new', CHROME_SYNC_QUOTA).items;
    expect(readSyncItems({ ...older, settings: newer.settings }).kind).toBe('partial');
    expect(readSyncItems({ ...newer, [syncChunkKey(1)]: undefined }).kind).toBe('partial');
    expect(readSyncItems({}).kind).toBe('empty');
  });

  it('find the chunks a shorter write leaves behind', () => {
    const items = planSyncItems('z'.repeat(30_000), 3, 'w', CHROME_SYNC_QUOTA).items;
    expect(staleChunkKeys({ ...items, unrelated: 1 }, 2)).toEqual([syncChunkKey(2), syncChunkKey(3)]);
  });

  it('count what Chromium escapes beyond JSON.stringify', () => {
    expect(storedBytes('<')).toBe(8);
    expect(storedBytes('新')).toBe(5);
  });
});
