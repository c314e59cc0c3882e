// The options page's view of stored settings: shown at once, written in order, and refreshed when
// another extension page (the popup, a second options tab) or another browser through sync changes them.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Settings } from '@/utils/settings/settings';
import { readSettings, readSettingsLocation, replaceSettings, updateSettings, watchSettings, watchSettingsLocation } from '@/utils/settings/settings-item';
import type { SettingsLocation } from '@/utils/settings/settings-location';

export type SettingsUpdate = (current: Settings) => Partial<Settings>;

export interface StoredSettings {
  /** Null until the first read. */
  settings: Settings | null;
  /** Bumped when the settings were replaced as a whole (import): editors holding drafts start over. */
  epoch: number;
  /** Why the last read or write failed, for the page to show. */
  error: string | null;
  /** Whether the settings sync, for the page's note when they do not; null until known. */
  location: SettingsLocation | null;
  update(change: SettingsUpdate): void;
  replace(next: Settings): void;
}

export function useStoredSettings(): StoredSettings {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [epoch, setEpoch] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const [location, setLocation] = useState<SettingsLocation | null>(null);
  const current = useRef<Settings | null>(null);
  const writes = useRef(Promise.resolve());
  const pendingWrites = useRef(0);

  const show = useCallback((next: Settings) => {
    current.current = next;
    setSettings(next);
  }, []);

  useEffect(() => {
    let live = true;
    readSettings()
      // The location after the settings: their first read may move them from where an older version kept them.
      .then(async (stored) => {
        if (live) show(stored);
        const where = await readSettingsLocation();
        if (live) setLocation(where);
      })
      .catch((failure: unknown) => live && setError(`Could not read your settings: ${String(failure)}`));
    // Our own writes come back here too; while later ones are queued, an echo of an earlier one is stale.
    const unwatch = watchSettings((stored) => {
      if (pendingWrites.current === 0) show(stored);
    });
    const unwatchLocation = watchSettingsLocation((where) => live && setLocation(where));
    return () => {
      live = false;
      unwatch();
      unwatchLocation();
    };
  }, [show]);

  const write = useCallback((save: () => Promise<unknown>) => {
    pendingWrites.current += 1;
    // One write at a time, in the order the user made them: an update reads what is stored, then merges.
    writes.current = writes.current
      .then(save)
      .then(
        () => setError(null),
        (failure: unknown) => setError(`Could not save your settings: ${String(failure)}`),
      )
      .finally(() => {
        pendingWrites.current -= 1;
      });
  }, []);

  const update = useCallback(
    (change: SettingsUpdate) => {
      if (!current.current) return;
      const partial = change(current.current);
      show({ ...current.current, ...partial });
      write(() => updateSettings(partial));
    },
    [show, write],
  );

  const replace = useCallback(
    (next: Settings) => {
      show(next);
      setEpoch((n) => n + 1);
      // The whole settings in one write, so an import never lands half applied.
      write(() => replaceSettings(next));
    },
    [show, write],
  );

  return { settings, epoch, error, location, update, replace };
}
