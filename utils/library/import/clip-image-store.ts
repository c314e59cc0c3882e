// Where an import keeps the images it brings: the library's image table, when it has one. Its
// tables join the import's transaction, so images land with their clips or not at all.
import type { Table } from 'dexie';
import type { ClipImage, ClipImages } from '../export/clip-images';

export interface ClipImageStore {
  tables: readonly Table[];
  read: ClipImages;
  /** Called inside the import's transaction: the clip's images become exactly these. */
  replace(clipId: string, images: ClipImage[]): Promise<void>;
}
