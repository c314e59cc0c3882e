// Where settings live in the browser. Local for now: syncing between browsers comes with the
// options page. Reads are normalised so a partial or older object never breaks a clip.
import { storage } from 'wxt/utils/storage';
import { DEFAULT_SETTINGS, normalizeSettings, SETTINGS_VERSION, type Settings } from './settings';

const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: SETTINGS_VERSION,
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
