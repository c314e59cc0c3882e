// What an import file holds once read and checked, before anything is written: the UI shows it
// (and the settings a backup carries, to offer), then applyImport writes it all or nothing.
import type { ClipImage } from '../export/clip-images';
import type { StoredClip } from '../stored-clip';
import type { ClipdownError, Result } from '../../result';
import type { Settings } from '../../settings/settings';

/** A clip from a backup keeps its id: the same backup imported twice matches itself. */
export interface BackupClipPlan {
  kind: 'backup';
  clip: StoredClip;
  images: ClipImage[];
}

/** A Markdown file has no id: it is matched to the library by the URL in its front-matter, and its content. */
export interface MarkdownFilePlan {
  kind: 'markdown-file';
  /** Where it was in the ZIP, for the report. */
  path: string;
  clip: Omit<StoredClip, 'id' | 'createdAt' | 'updatedAt'> & { createdAt: number | null };
  images: ClipImage[];
}

export type ClipPlan = BackupClipPlan | MarkdownFilePlan;

export interface ImportProblem {
  /** The file (or backup entry) it concerns. */
  path: string;
  message: string;
}

export interface ImportPlan<C extends ClipPlan = ClipPlan> {
  clips: C[];
  /** Files left out, and why; the rest can still be imported. */
  problems: ImportProblem[];
  /** A backup's settings, checked like a settings file: offered to the user, never applied by the import. */
  settings: Result<Settings> | null;
}

/** A file that cannot be imported at all: `message` says why, for the user as is. */
export interface InvalidImport {
  ok: false;
  error: ClipdownError & { code: 'invalid-import' };
}

export type ReadImportResult<C extends ClipPlan = ClipPlan> = { ok: true; value: ImportPlan<C> } | InvalidImport;

export function invalidImport(message: string): InvalidImport {
  return { ok: false, error: { code: 'invalid-import', message } };
}
