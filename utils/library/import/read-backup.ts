// A JSON backup's bytes → an import plan, checked whole first: a truncated, foreign or newer file,
// or a single invalid clip, rejects the backup with every problem named, and nothing is imported.
import type { z } from 'zod';
import { base64ToBytes } from '../export/base64';
import { BACKUP_VERSION } from '../export/backup-format';
import { parseSettingsFile } from '../../settings/parse-settings-file';
import { backupHeaderSchema, backupSchema } from './backup-schema';
import { invalidImport, type BackupClipPlan, type ReadImportResult } from './import-plan';

/** Enough problems to fix a file by hand; past that, more lines only bury the first. */
const MAX_PROBLEMS_SHOWN = 10;

export function readBackup(bytes: Uint8Array): ReadImportResult<BackupClipPlan> {
  let data: unknown;
  try {
    data = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch (error) {
    return invalidImport(`This is not a Clipdown backup: it is not complete JSON text (${(error as Error).message}). Nothing was imported.`);
  }
  const header = backupHeaderSchema.safeParse(data);
  if (!header.success) return invalidImport('This is not a Clipdown library backup (its “format” is not “clipdown-library”). Nothing was imported.');
  if (header.data.version > BACKUP_VERSION) {
    return invalidImport(`This backup was written by a newer Clipdown (backup version ${header.data.version}; this one reads up to ${BACKUP_VERSION}). Nothing was imported.`);
  }
  const backup = backupSchema.safeParse(data);
  if (!backup.success) return invalidImport(`This backup has problems, so nothing was imported: ${describe(backup.error)}`);
  return {
    ok: true,
    value: {
      clips: backup.data.clips.map(({ images, ...clip }) => ({
        kind: 'backup' as const,
        clip,
        images: images.map((image) => ({ path: image.path, bytes: base64ToBytes(image.base64) })),
      })),
      problems: [],
      settings: parseSettingsFile(JSON.stringify(backup.data.settings)),
    },
  };
}

function describe(error: z.ZodError): string {
  const lines = error.issues.map((issue) => `${issue.path.map((step) => (typeof step === 'number' ? `[${step}]` : `.${String(step)}`)).join('').replace(/^\./, '') || '(file)'}: ${issue.message}`);
  const more = lines.length > MAX_PROBLEMS_SHOWN ? `; and ${lines.length - MAX_PROBLEMS_SHOWN} more` : '';
  return `${lines.slice(0, MAX_PROBLEMS_SHOWN).join('; ')}${more}.`;
}
