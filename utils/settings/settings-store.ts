// Settings in storage.sync when they fit its quota, else in this browser only. Every write also keeps a
// copy in 'local:settings' (the versioned item older Clipdowns wrote, whose migrations WXT still runs), so
// a read never depends on a sync that is half delivered, missing or refusing.
import { browser, type Browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { DEFAULT_SETTINGS, migrateSettings, normalizeSettings, SETTINGS_MIGRATIONS, SETTINGS_VERSION, type Settings } from './settings';
import { publicLocation, type SettingsLocation, type StoredLocation } from './settings-location';
import { CHROME_SYNC_QUOTA, isSyncSettingsKey, planSyncItems, readSyncItems, staleChunkKeys, type SyncQuota } from './sync-chunks';

type StoredObject = Record<string, unknown>;
export type SyncArea = Pick<Browser.storage.StorageArea, 'get' | 'set' | 'remove'> &
  Partial<Record<'QUOTA_BYTES' | 'QUOTA_BYTES_PER_ITEM' | 'MAX_ITEMS', number>>;

const LOCAL_KEY = 'settings';
/**
 * Chrome allows 120 writes a minute and 1,800 an hour to storage.sync, and the options page saves as the
 * user types: at most this many sync writes in a window (1,440 an hour), later ones wait and go as one.
 */
const SYNC_BURST = 8;
const SYNC_WINDOW_MS = 20_000;

export interface SettingsStoreOptions {
  /** Null where the browser has no storage.sync. */
  sync?: SyncArea | null;
  newWriteId?: () => string;
}

export type SettingsStore = ReturnType<typeof createSettingsStore>;

export function createSettingsStore({ sync = browser.storage.sync, newWriteId = () => crypto.randomUUID().slice(0, 8) }: SettingsStoreOptions = {}) {
  const localItem = storage.defineItem<StoredObject>(`local:${LOCAL_KEY}`, { version: SETTINGS_VERSION, migrations: SETTINGS_MIGRATIONS });
  const locationItem = storage.defineItem<StoredLocation>('local:settingsLocation');
  // What this browser held before its first sync, when the synced settings of another browser won.
  const beforeSyncItem = storage.defineItem<StoredObject>('local:settingsBeforeSync');
  const quota: SyncQuota = {
    perItem: sync?.QUOTA_BYTES_PER_ITEM ?? CHROME_SYNC_QUOTA.perItem,
    total: sync?.QUOTA_BYTES ?? CHROME_SYNC_QUOTA.total,
    maxItems: sync?.MAX_ITEMS ?? CHROME_SYNC_QUOTA.maxItems,
  };

  const recentSyncs: number[] = [];
  let flushTimer: ReturnType<typeof setTimeout> | null = null;
  // Writes one at a time: a delayed sync must never put back a value an update has just replaced.
  let queue: Promise<unknown> = Promise.resolve();
  const serially = <T,>(task: () => Promise<T>): Promise<T> => {
    const run = queue.then(task);
    queue = run.catch(() => undefined);
    return run;
  };

  /**
   * The settings as stored, migrated but not normalised, so a field that fails to parse today survives a
   * write; the defaults when nothing is, so the first write stores every field.
   */
  async function readStored(): Promise<StoredObject> {
    const [location, local] = await Promise.all([locationItem.getValue(), localItem.getValue()]);
    if (location?.area === 'local') return local ?? { ...DEFAULT_SETTINGS };
    const synced = await readSync();
    if (synced.kind === 'whole') {
      if (local && synced.write === location?.write) return local;
      if (!location && local && JSON.stringify(local) !== JSON.stringify(synced.value)) await beforeSyncItem.setValue(local);
      await keep(synced.value, { area: 'sync', bytes: synced.bytes, quotaBytes: quota.total, write: synced.write });
      return synced.value;
    }
    // Settings an older Clipdown kept in local storage move to sync on first read.
    if (!location && local && synced.kind === 'empty') await write(local);
    return local ?? { ...DEFAULT_SETTINGS };
  }

  async function readSync(): Promise<{ kind: 'whole'; value: StoredObject; write: string; bytes: number } | { kind: 'empty' | 'unusable' }> {
    if (!sync) return { kind: 'unusable' };
    try {
      const read = readSyncItems(await sync.get(null));
      if (read.kind !== 'whole') return { kind: read.kind === 'empty' ? 'empty' : 'unusable' };
      // A newer Clipdown's settings are not ours to misread; this browser's own copy serves until it updates.
      if (read.manifest.v > SETTINGS_VERSION) return { kind: 'unusable' };
      const value = migrateSettings(JSON.parse(read.json), read.manifest.v);
      return { kind: 'whole', value, write: read.manifest.write, bytes: read.bytes };
    } catch {
      return { kind: 'unusable' };
    }
  }

  async function write(value: StoredObject): Promise<void> {
    const wait = syncWait(Date.now());
    if (wait > 0) {
      // Kept here, marked pending: reads use this copy until the delayed sync (or the next write) lands.
      await keep(value, { area: 'local', reason: 'sync-pending' });
      flushTimer ??= setTimeout(() => {
        flushTimer = null;
        void serially(flushPending).catch((error: unknown) => console.error('Clipdown could not sync its settings', error));
      }, wait);
      return;
    }
    recentSyncs.push(Date.now());
    await keep(value, await putInSync(value));
  }

  /** How long until another sync write is allowed; 0 when it is now. */
  function syncWait(now: number): number {
    while (recentSyncs.length && now - recentSyncs[0]! >= SYNC_WINDOW_MS) recentSyncs.shift();
    return recentSyncs.length < SYNC_BURST ? 0 : recentSyncs[0]! + SYNC_WINDOW_MS - now;
  }

  async function flushPending(): Promise<void> {
    const [location, local] = await Promise.all([locationItem.getValue(), localItem.getValue()]);
    if (local && location?.area === 'local' && location.reason === 'sync-pending') await write(local);
  }

  async function keep(value: StoredObject, location: StoredLocation): Promise<void> {
    await localItem.setValue(value);
    await locationItem.setValue(location);
  }

  async function putInSync(value: StoredObject): Promise<StoredLocation> {
    const write = newWriteId();
    const plan = planSyncItems(JSON.stringify(value), SETTINGS_VERSION, write, quota);
    const tooLarge = { area: 'local', reason: 'too-large', bytes: plan.bytes, quotaBytes: quota.total } as const;
    if (!plan.fits) return tooLarge;
    try {
      if (!sync) throw new Error('this browser has no storage.sync');
      const current = await sync.get(null);
      const there = readSyncItems(current);
      if (there.kind !== 'empty' && there.manifest.v > SETTINGS_VERSION) {
        return { area: 'local', reason: 'sync-failed', message: `another browser synced settings from a newer Clipdown (settings version ${there.manifest.v})` };
      }
      const stale = staleChunkKeys(current, plan.chunks);
      // Removed first: left in place they count against the total quota while the new chunks are set.
      if (stale.length) await sync.remove(stale);
      await sync.set(plan.items);
      return { area: 'sync', bytes: plan.bytes, quotaBytes: quota.total, write };
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      if (/WRITE_OPERATIONS/.test(message)) return { area: 'local', reason: 'sync-failed', message: 'too many changes in a short time' };
      return /QUOTA_BYTES|MAX_ITEMS|quota/i.test(message) ? tooLarge : { area: 'local', reason: 'sync-failed', message };
    }
  }

  return {
    readStored,

    async read(): Promise<Settings> {
      return normalizeSettings(await readStored());
    },

    update(change: Partial<Settings>): Promise<Settings> {
      return serially(async () => {
        const next = { ...(await readStored()), ...change };
        await write(next);
        return normalizeSettings(next);
      });
    },

    /** One write of the whole settings: nothing of what was stored before is kept. */
    replace(settings: Settings): Promise<Settings> {
      return serially(async () => {
        await write({ ...settings });
        return normalizeSettings(settings);
      });
    },

    async readLocation(): Promise<SettingsLocation> {
      return publicLocation(await locationItem.getValue());
    },

    watchLocation(onChange: (location: SettingsLocation) => void): () => void {
      return locationItem.watch((stored) => onChange(publicLocation(stored)));
    },

    /** Calls back with fresh settings when they change here, in another extension page, or in another browser. */
    watch(onChange: (settings: Settings) => void): () => void {
      let last = '';
      let reads = Promise.resolve();
      const listener = (changes: Record<string, unknown>, area: string) => {
        const ours = area === 'local' ? LOCAL_KEY in changes : area === 'sync' && Object.keys(changes).some(isSyncSettingsKey);
        if (!ours) return;
        // One read at a time, so callbacks come in the order the changes did; one write touches both areas.
        reads = reads
          .then(async () => {
            const settings = normalizeSettings(await readStored());
            const json = JSON.stringify(settings);
            if (json !== last) onChange(settings);
            last = json;
          })
          .catch((error: unknown) => console.error('Clipdown could not re-read its settings', error));
      };
      browser.storage.onChanged.addListener(listener);
      return () => browser.storage.onChanged.removeListener(listener);
    },
  };
}
