// One file imported: read, checked and written all or nothing. Whatever goes wrong is this file's
// outcome, never the next file's.
import type { Result } from '../../result';
import { toClipdownError } from '../../result';
import type { Settings } from '../../settings/settings';
import type { ClipDatabase } from '../clip-database';
import { applyImport, type ImportReport } from './apply-import';
import { readImportFile } from './read-import-file';

export type FileOutcome =
  | { fileName: string; ok: true; report: ImportReport; settings: Result<Settings> | null }
  | { fileName: string; ok: false; message: string };

export async function importFile(db: ClipDatabase, file: File, now: Date): Promise<FileOutcome> {
  try {
    const read = readImportFile(file.name, new Uint8Array(await file.arrayBuffer()));
    if (!read.ok) return { fileName: file.name, ok: false, message: read.error.message };
    const report = await applyImport(db, read.value, { now });
    return { fileName: file.name, ok: true, report, settings: read.value.settings };
  } catch (failure) {
    return { fileName: file.name, ok: false, message: toClipdownError(failure, 'invalid-import').message };
  }
}
