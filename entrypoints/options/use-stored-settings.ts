// The options page's view of stored settings: shown at once, written in order, and refreshed when
// another extension page (the popup, a second options tab) changes them.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Settings } from '@/utils/settings/settings';
import { readSettings, updateSettings, watchSettings } from '@/utils/settings/settings-item';

export type SettingsUpdate = (current: Settings) => Partial<Settings>;

export interface StoredSettings {
  /** Null until the first read. */
  settings: Settings | null;
  /** Bumped when the settings were replaced as a whole (import): editors holding drafts start over. */
  epoch: number;
  /** Why the last read or write failed, for the page to show. */
  error: string | null;
  update(change: SettingsUpdate): void;
  replace(next: Settings): void;
}

export function useStoredSettings(): StoredSettings {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [epoch, setEpoch] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const current = useRef<Settings | null>(null);
  const writes = useRef(Promise.resolve());
  const pendingWrites = useRef(0);

  const show = useCallback((next: Settings) => {
    current.current = next;
    setSettings(next);
  }, []);

  useEffect(() => {
    let live = true;
    readSettings().then(
      (stored) => live && show(stored),
      (failure: unknown) => live && setError(`Could not read your settings: ${String(failure)}`),
    );
    // Our own writes come back here too; while later ones are queued, an echo of an earlier one is stale.
    const unwatch = watchSettings((stored) => {
      if (pendingWrites.current === 0) show(stored);
    });
    return () => {
      live = false;
      unwatch();
    };
  }, [show]);

  const write = useCallback((change: Partial<Settings>) => {
    pendingWrites.current += 1;
    // One write at a time, in the order the user made them: each reads what is stored, then merges.
    writes.current = writes.current
      .then(() => updateSettings(change))
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
      write(partial);
    },
    [show, write],
  );

  const replace = useCallback(
    (next: Settings) => {
      show(next);
      setEpoch((n) => n + 1);
      write(next);
    },
    [show, write],
  );

  return { settings, epoch, error, update, replace };
}
