import { renderToStaticMarkup } from 'react-dom/server';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SyncNote } from '@/components/options/SyncNote';
import { DEFAULT_MARKDOWN_OPTIONS } from '@/utils/pipeline/markdown/markdown-options';
import { DEFAULT_SETTINGS, normalizeSettings, SETTINGS_VERSION, type Settings } from '@/utils/settings/settings';
import { createSettingsStore } from '@/utils/settings/settings-store';
import { CHROME_SYNC_QUOTA, planSyncItems } from '@/utils/settings/sync-chunks';

/** Settings weighing about `kilobytes` once stored: site rules with long selectors. */
function settingsOf(kilobytes: number, tag = 'a'): Settings {
  const rules = Array.from({ length: kilobytes }, (_, i) => ({
    id: `rule-${tag}-${i}`,
    patterns: [`${tag}${i}.example.com`],
    removeSelectors: [`.ad-${'x'.repeat(900)}`],
  }));
  return normalizeSettings({ preset: 'hexo', rules });
}

/** What a browser that only shares the sync area with this one reads: a fresh store over an empty local area. */
async function readInAnotherBrowser(): Promise<Settings> {
  const local = await fakeBrowser.storage.local.get(null);
  await fakeBrowser.storage.local.clear();
  const settings = await createSettingsStore().read();
  await fakeBrowser.storage.local.clear();
  await fakeBrowser.storage.local.set(local);
  return settings;
}

const syncArea = () => fakeBrowser.storage.sync.get(null);

beforeEach(() => {
  fakeBrowser.reset();
});

describe('settings storage', () => {
  it('syncs settings under the quota, chunked, and reads them back here and in another browser', async () => {
    const store = createSettingsStore();
    const settings = settingsOf(30);
    await store.replace(settings);

    expect(Object.keys(await syncArea()).length).toBeGreaterThan(3);
    expect(await store.read()).toEqual(settings);
    expect(await readInAnotherBrowser()).toEqual(settings);
    expect(await store.readLocation()).toEqual({ area: 'sync', bytes: expect.any(Number), quotaBytes: CHROME_SYNC_QUOTA.total });
  });

  it('keeps settings over the quota on this browser with the figures for the note, leaving sync to the other browsers', async () => {
    const store = createSettingsStore();
    const small = settingsOf(2);
    await store.replace(small);
    const large = settingsOf(130);
    await store.replace(large);

    expect(await store.read()).toEqual(large);
    const location = await store.readLocation();
    expect(location).toEqual({ area: 'local', reason: 'too-large', bytes: expect.any(Number), quotaBytes: 102_400 });
    const bytes = 'bytes' in location ? location.bytes : 0;
    expect(bytes).toBeGreaterThan(130 * 900);
    expect(await readInAnotherBrowser()).toEqual(small);
    expect(renderToStaticMarkup(<SyncNote location={location} />)).toContain(
      `Your settings are too large to sync (${Math.ceil(bytes / 1024)} KB of 100 KB); they are kept on this browser only.`,
    );
  });

  it('returns settings to sync once they fit again', async () => {
    const store = createSettingsStore();
    await store.replace(settingsOf(130));
    const shrunk = await store.update({ rules: settingsOf(10, 'b').rules });

    expect((await store.readLocation()).area).toBe('sync');
    expect(await readInAnotherBrowser()).toEqual(shrunk);
    expect(renderToStaticMarkup(<SyncNote location={await store.readLocation()} />)).toBe('');
  });

  it('falls back to this browser without losing the write when sync refuses it, and syncs again after', async () => {
    const store = createSettingsStore();
    await store.replace(settingsOf(2));
    const refuse = vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    await store.update({ preset: 'jekyll' });
    expect((await store.read()).preset).toBe('jekyll');
    expect(await store.readLocation()).toMatchObject({ area: 'local', reason: 'too-large' });

    refuse.mockRejectedValue(new Error('MAX_WRITE_OPERATIONS_PER_MINUTE quota exceeded'));
    await store.update({ preset: 'hugo' });
    expect((await store.read()).preset).toBe('hugo');
    expect(await store.readLocation()).toEqual({ area: 'local', reason: 'sync-failed', message: 'too many changes in a short time' });

    refuse.mockRestore();
    await store.update({ preset: 'default' });
    expect(await store.readLocation()).toMatchObject({ area: 'sync' });
    expect((await readInAnotherBrowser()).preset).toBe('default');
  });

  it('stores every field on a new profile’s first change, not only the changed one', async () => {
    await createSettingsStore().update({ preset: 'hugo' });
    expect(await fakeBrowser.storage.local.get('settings')).toEqual({ settings: { ...DEFAULT_SETTINGS, preset: 'hugo' } });
  });

  it('keeps settings on a browser without storage.sync, saying why', async () => {
    const store = createSettingsStore({ sync: null });
    await store.update({ preset: 'hugo' });
    expect((await store.read()).preset).toBe('hugo');
    expect(await store.readLocation()).toEqual({ area: 'local', reason: 'sync-failed', message: 'this browser has no storage.sync' });
  });

  it('stays under the browser’s sync write limits while the user types, syncing the latest change a little later', async () => {
    vi.useFakeTimers();
    try {
      const store = createSettingsStore();
      const setInSync = vi.spyOn(fakeBrowser.storage.sync, 'set');
      const presets = ['hexo', 'hugo', 'jekyll', 'obsidian', 'default'];
      // Sixty changes in a minute, one a second: as fast as typing into the rule editor.
      for (let i = 0; i < 60; i++) {
        await store.update({ preset: presets[i % presets.length]! });
        expect((await store.read()).preset).toBe(presets[i % presets.length]);
        await vi.advanceTimersByTimeAsync(1_000);
      }
      expect(setInSync.mock.calls.length).toBeLessThanOrEqual(8 * 3 + 1);
      expect(renderToStaticMarkup(<SyncNote location={await store.readLocation()} />)).toBe('');
      await vi.advanceTimersByTimeAsync(20_000);
      expect((await store.readLocation()).area).toBe('sync');
      expect((await readInAnotherBrowser()).preset).toBe(presets[59 % presets.length]);
    } finally {
      vi.useRealTimers();
    }
  });

  it('removes the chunks a longer earlier write left behind', async () => {
    const store = createSettingsStore();
    await store.replace(settingsOf(60));
    const before = Object.keys(await syncArea()).length;
    await store.replace(settingsOf(5));
    const after = await syncArea();
    expect(Object.keys(after).length).toBeLessThan(before);
    expect(after).toEqual(planSyncItems(JSON.stringify(settingsOf(5)), SETTINGS_VERSION, (after.settings as { write: string }).write, CHROME_SYNC_QUOTA).items);
  });
});

describe('settings from another browser', () => {
  it('are read only when every chunk of their write has arrived, and watchers hear of them then', async () => {
    const store = createSettingsStore();
    const mine = settingsOf(2);
    await store.replace(mine);
    const seen: Settings[] = [];
    const unwatch = store.watch((settings) => seen.push(settings));

    const theirs = settingsOf(30, 'theirs');
    const { items } = planSyncItems(JSON.stringify(theirs), SETTINGS_VERSION, 'their-write', CHROME_SYNC_QUOTA);
    const [first, ...rest] = Object.entries(items);
    await fakeBrowser.storage.sync.set(Object.fromEntries([first!]));
    expect(await store.read()).toEqual(mine);
    await fakeBrowser.storage.sync.set(Object.fromEntries(rest));
    await vi.waitFor(() => expect(seen.at(-1)).toEqual(theirs));
    expect(seen).not.toContainEqual(DEFAULT_SETTINGS);
    expect(await store.read()).toEqual(theirs);
    unwatch();
  });

  it('are not misread when a newer Clipdown wrote them, and are not written over', async () => {
    const store = createSettingsStore();
    await store.replace(settingsOf(2));
    const newer = planSyncItems(JSON.stringify({ preset: 'hugo', shape: 'of the future' }), SETTINGS_VERSION + 1, 'future', CHROME_SYNC_QUOTA).items;
    await fakeBrowser.storage.sync.set(newer);

    expect((await store.read()).preset).toBe('hexo');
    await store.update({ preset: 'jekyll' });
    expect(await syncArea()).toEqual(newer);
    expect(await store.readLocation()).toMatchObject({ area: 'local', reason: 'sync-failed', message: expect.stringMatching(/newer Clipdown/) });
  });
});

/** What Clipdown stored in 'local:settings' at settings version 1 and 2, with WXT's version in 'settings$'. */
const STORED_V1 = {
  preset: 'hexo',
  rules: [
    { id: 'r1', name: 'news', enabled: false, patterns: ['example.com'], contentSelector: '.post', removeSelectors: ['.ad'], frontMatter: { categories: ['新媒体'] } },
    { name: 'blog', patterns: ['blog.example.org'], removeSelectors: [], frontMatter: {} },
  ],
};
const STORED_V2 = { ...STORED_V1, presets: [], markdown: { ...DEFAULT_MARKDOWN_OPTIONS, bulletMarker: '*' } };

describe('settings an older Clipdown kept in local storage', () => {
  it.each([
    ['version 1, before WXT recorded versions', { settings: STORED_V1 }, DEFAULT_MARKDOWN_OPTIONS.bulletMarker],
    ['version 1', { settings: STORED_V1, settings$: { v: 1 } }, DEFAULT_MARKDOWN_OPTIONS.bulletMarker],
    ['version 2', { settings: STORED_V2, settings$: { v: 2 } }, '*'],
  ])('are migrated and moved to sync without loss: %s', async (_, stored, bulletMarker) => {
    await fakeBrowser.storage.local.set(stored);
    const store = createSettingsStore();
    const settings = await store.read();

    expect(settings.preset).toBe('hexo');
    expect(settings.markdown.bulletMarker).toBe(bulletMarker);
    expect(settings.rules).toEqual([
      { ...STORED_V1.rules[0], useReadability: true, fieldSelectors: {}, markdown: {} },
      { ...STORED_V1.rules[1], id: expect.stringMatching(/^rule-/), enabled: true, useReadability: true, fieldSelectors: {}, markdown: {} },
    ]);
    // The id the migration gave the second rule is the one stored and synced, not a new one per read.
    expect(await store.read()).toEqual(settings);
    expect(await readInAnotherBrowser()).toEqual(settings);
    expect(await fakeBrowser.storage.local.get('settings$')).toEqual({ settings$: { v: SETTINGS_VERSION } });
  });

  it('are moved by a first write that changes one field, keeping the rest', async () => {
    await fakeBrowser.storage.local.set({ settings: STORED_V2, settings$: { v: 2 } });
    const updated = await createSettingsStore().update({ preset: 'jekyll' });
    expect(updated.rules.map((rule) => rule.patterns)).toEqual([['example.com'], ['blog.example.org']]);
    expect(updated.markdown.bulletMarker).toBe('*');
    expect(await readInAnotherBrowser()).toEqual(updated);
  });

  it('give way to settings another browser already synced, and are kept aside rather than lost', async () => {
    const synced = settingsOf(3, 'synced');
    await createSettingsStore().replace(synced);
    await fakeBrowser.storage.local.clear();
    await fakeBrowser.storage.local.set({ settings: STORED_V2, settings$: { v: 2 } });

    expect(await createSettingsStore().read()).toEqual(synced);
    const { settingsBeforeSync } = await fakeBrowser.storage.local.get('settingsBeforeSync');
    expect(normalizeSettings(settingsBeforeSync).rules.map((rule) => rule.patterns)).toEqual([['example.com'], ['blog.example.org']]);
  });
});
