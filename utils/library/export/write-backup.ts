// The library → its JSON backup (format in backup-format.ts), as UTF-8 chunks of one clip each, so
// 50,000 clips never make one giant string: the caller pipes the chunks to a download.
import type { Settings } from '../../settings/settings';
import { serializeSettingsFile } from '../../settings/parse-settings-file';
import { fromClipRow } from '../clip-row';
import { bytesToBase64 } from './base64';
import { BACKUP_FORMAT, BACKUP_VERSION, type BackupClip } from './backup-format';
import type { ClipImages } from './clip-images';
import { trackClips, type ClipSource, type ExportProgressOptions } from './export-progress';

export interface BackupOptions extends ExportProgressOptions {
  /** When the backup is made (the export's clock, passed in). */
  now: Date;
}

const encoder = new TextEncoder();

export async function* writeBackup(clips: ClipSource, images: ClipImages, settings: Settings, options: BackupOptions): AsyncGenerator<Uint8Array<ArrayBuffer>, void, undefined> {
  const header = { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: options.now.toISOString(), settings: JSON.parse(serializeSettingsFile(settings)) as unknown };
  // The header's closing brace is cut off and the clips array opened in its place, one clip a line.
  yield encoder.encode(`${JSON.stringify(header).slice(0, -1)},"clips":[`);
  let first = true;
  for await (const row of trackClips(clips, options)) {
    const clip = fromClipRow(row)!;
    const record: BackupClip = { ...clip, images: (await images(clip.id)).map((image) => ({ path: image.path, base64: bytesToBase64(image.bytes) })) };
    options.signal?.throwIfAborted();
    yield encoder.encode(`${first ? '' : ','}\n${JSON.stringify(record)}`);
    first = false;
  }
  yield encoder.encode('\n]}\n');
}
