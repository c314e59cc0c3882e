// The images a clip downloaded, kept with it when the user chose local images: one row per image,
// at the relative path its Markdown links (`assets/photo-1a2b.png`). Exports put them beside the
// Markdown; imports bring them back in the same transaction as their clips.
import type { ClipDatabase } from './clip-database';
import type { ClipImage } from './export/clip-images';
import type { ClipImageStore } from './import/clip-image-store';

export interface ClipImageRow extends ClipImage {
  clipId: string;
}

export const IMAGE_STORE = '[clipId+path], clipId';

export function clipImageStore(db: ClipDatabase): ClipImageStore {
  return {
    tables: [db.images],
    read: readClipImages(db),
    replace: async (clipId, images) => {
      await db.images.where('clipId').equals(clipId).delete();
      await db.images.bulkPut(images.map(({ path, bytes }) => ({ clipId, path, bytes })));
    },
  };
}

export function readClipImages(db: ClipDatabase): (clipId: string) => Promise<ClipImage[]> {
  return async (clipId) => (await db.images.where('clipId').equals(clipId).toArray()).map(({ path, bytes }) => ({ path, bytes }));
}

/**
 * For exports, which ask for every clip's images: the clips that have any are found in one scan of the
 * index's keys, so the thousands of clips without images cost no query each.
 */
export async function readExportImages(db: ClipDatabase): Promise<(clipId: string) => Promise<ClipImage[]>> {
  const withImages = new Set((await db.images.orderBy('clipId').uniqueKeys()) as string[]);
  const read = readClipImages(db);
  return async (clipId) => (withImages.has(clipId) ? read(clipId) : []);
}
