// This extension's settings, wherever they are kept (see settings-store.ts). Reads are normalised so a
// partial or older object never breaks a clip; a value stored by an older version is migrated first.
import type { Settings } from './settings';
import type { SettingsLocation } from './settings-location';
import { createSettingsStore } from './settings-store';

const store = createSettingsStore();

export function readSettings(): Promise<Settings> {
  return store.read();
}

/** Merges into what is stored, not the normalised view, so a rule that fails to parse today survives. */
export function updateSettings(change: Partial<Settings>): Promise<Settings> {
  return store.update(change);
}

/** Puts these settings in place of the stored ones in one write (an import, or undoing one). */
export function replaceSettings(settings: Settings): Promise<Settings> {
  return store.replace(settings);
}

/** Calls back with fresh settings whenever any extension page, or another browser through sync, changes them. */
export function watchSettings(onChange: (settings: Settings) => void): () => void {
  return store.watch(onChange);
}

/** Whether the settings sync, or why they are kept on this browser only. */
export function readSettingsLocation(): Promise<SettingsLocation> {
  return store.readLocation();
}

export function watchSettingsLocation(onChange: (location: SettingsLocation) => void): () => void {
  return store.watchLocation(onChange);
}
