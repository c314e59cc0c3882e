// The clips the library holds, read as raw IndexedDB rows and made whole the way the library reads them
// (a row keeps its body as a range of its Markdown, see clip-row.ts).
import type { Page } from 'playwright-core';
import { LIBRARY_DB_NAME } from '../../../utils/library/clip-database';
import { fromClipRow, type ClipRow } from '../../../utils/library/clip-row';
import type { StoredClip } from '../../../utils/library/stored-clip';
import { readIndexedDb } from './extension-page';

export async function readStoredClips(page: Page): Promise<StoredClip[]> {
  return (await readIndexedDb<ClipRow>(page, LIBRARY_DB_NAME, 'clips')).map((row) => fromClipRow(row)!);
}
