// Where settings live in the browser. Reads are normalised so a partial or older object never breaks a
// clip; WXT runs SETTINGS_MIGRATIONS on a value stored by an older version before anyone reads it.
import { storage } from 'wxt/utils/storage';
import { DEFAULT_SETTINGS, normalizeSettings, SETTINGS_MIGRATIONS, SETTINGS_VERSION, type Settings } from './settings';

const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: SETTINGS_VERSION,
  migrations: SETTINGS_MIGRATIONS,
});

export async function readSettings(): Promise<Settings> {
  return normalizeSettings(await settingsItem.getValue());
}

export async function updateSettings(change: Partial<Settings>): Promise<Settings> {
  // Merge into what is stored, not the normalised view, so a rule that fails to parse today survives.
  const stored = await settingsItem.getValue();
  await settingsItem.setValue({ ...stored, ...change });
  return readSettings();
}

/** Calls back with fresh settings whenever any extension page changes them. */
export function watchSettings(onChange: (settings: Settings) => void): () => void {
  return settingsItem.watch((value) => onChange(normalizeSettings(value)));
}
