// Saves the settings as a dated JSON file through an ordinary download link: no extra permission, and
// the blob is made here, in an extension page (MV3 service workers cannot make one).
import type { Settings } from '@/utils/settings/settings';
import { serializeSettingsFile } from '@/utils/settings/parse-settings-file';

/** Long enough for the browser to start reading the blob. */
const REVOKE_AFTER_MS = 60_000;

export function downloadSettingsFile(settings: Settings, now = new Date(), doc: Document = document): string {
  const fileName = `clipdown-settings-${localDate(now)}.json`;
  const url = URL.createObjectURL(new Blob([serializeSettingsFile(settings)], { type: 'application/json' }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
  return fileName;
}

function localDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
