// One export, whole: which clips, in what form, read from the library and written as chunks. The same
// function runs in the library page's export worker and in tests; only plain data goes in, so a
// request can be posted to a worker (the settings a backup carries are read by the page beforehand).
import type { Settings } from '../../settings/settings';
import { readExportImages } from '../clip-images-table';
import type { ClipDatabase } from '../clip-database';
import type { ExportProgressOptions } from './export-progress';
import { exportZip } from './export-zip';
import { readClips } from './read-clips';
import { writeBackup } from './write-backup';
import type { ZipLayout } from './zip-layout';

interface ExportScope {
  /** The selected clips, in the order to export them; null for every clip. */
  ids: readonly string[] | null;
}

export type ExportRequest =
  | (ExportScope & { kind: 'zip'; layout: ZipLayout; images: boolean })
  | (ExportScope & { kind: 'backup'; settings: Settings; /** Milliseconds: when the backup is made. */ now: number });

export const EXPORT_MIME_TYPES: Record<ExportRequest['kind'], string> = {
  zip: 'application/zip',
  backup: 'application/json',
};

/** The export as byte chunks, each good until the next is asked for (see byte-blocks.ts). */
export async function* exportChunks(db: ClipDatabase, request: ExportRequest, progress: ExportProgressOptions): AsyncGenerator<Uint8Array<ArrayBuffer>, void, undefined> {
  const clips = readClips(db, request.ids);
  // The ZIP's images are a choice; a backup always carries them, since importing it puts back exactly what it holds.
  if (request.kind === 'zip') yield* exportZip(clips, { layout: request.layout, images: request.images ? await readExportImages(db) : undefined, ...progress });
  else yield* writeBackup(clips, await readExportImages(db), request.settings, { now: new Date(request.now), ...progress });
}
