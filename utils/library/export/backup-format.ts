// The JSON backup of the whole library: marked and versioned like the settings file, so any later
// Clipdown can read it. Version 1:
//   { format: 'clipdown-library', version: 1, exportedAt: ISO 8601,
//     settings: the settings file's object (see serializeSettingsFile),
//     clips: [every StoredClip field, plus images: [{ path, base64 }]] }
import type { StoredClip } from '../stored-clip';

export const BACKUP_FORMAT = 'clipdown-library';
export const BACKUP_VERSION = 1;

export interface BackupImage {
  path: string;
  base64: string;
}

export type BackupClip = StoredClip & { images: BackupImage[] };
