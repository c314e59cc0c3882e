import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { ClipDatabase } from '@/utils/library/clip-database';
import { readExportImages } from '@/utils/library/clip-images-table';

describe('images for an export', () => {
  it('gives each clip its kept images, and none to clips without, as of when the export starts', async () => {
    const db = new ClipDatabase('images', { indexedDB: new IDBFactory(), IDBKeyRange });
    const bytes = new Uint8Array([1, 2, 3]);
    await db.images.bulkPut([
      { clipId: 'a', path: 'assets/one.png', bytes },
      { clipId: 'a', path: 'assets/two.png', bytes },
      { clipId: 'b', path: 'assets/three.png', bytes },
    ]);
    const images = await readExportImages(db);
    expect((await images('a')).map((image) => image.path).sort()).toEqual(['assets/one.png', 'assets/two.png']);
    expect(await images('b')).toEqual([{ path: 'assets/three.png', bytes }]);
    expect(await images('c')).toEqual([]);
  });
});
