import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { ClipDatabase } from '@/utils/library/clip-database';
import { findSavedCopies, saveClip } from '@/utils/library/save-clip';
import { buildClip } from '@/utils/pipeline/render/render-clip';

const source = { url: 'https://example.com/a', canonicalUrl: 'https://example.com/canonical-a', site: 'Example' };
const clip = (title: string) => buildClip({ title, tags: ['news'] }, `Body of ${title}`);

let db: ClipDatabase;
let ids = 0;
const options = (extra = {}) => ({ now: new Date('2026-11-23T10:00:00Z'), newId: () => `id-${++ids}`, ...extra });

beforeEach(() => {
  db = new ClipDatabase('test-library', { indexedDB: new IDBFactory(), IDBKeyRange });
});

describe('saving clips', () => {
  it('stores the clip with its page, file and times', async () => {
    const stored = await saveClip(db, clip('First'), source, options());
    expect(await db.clips.get(stored.id)).toMatchObject({
      url: source.url,
      title: 'First',
      filename: 'First.md',
      tags: ['news'],
      markdown: clip('First').markdown,
      createdAt: Date.parse('2026-11-23T10:00:00Z'),
    });
  });

  it('finds earlier copies of the same page by URL or canonical URL', async () => {
    await saveClip(db, clip('First'), source, options());
    expect(await findSavedCopies(db, { ...source, url: 'https://example.com/a?utm=x' })).toHaveLength(1);
    expect(await findSavedCopies(db, { url: 'https://example.com/canonical-a', canonicalUrl: null, site: null })).toHaveLength(1);
    expect(await findSavedCopies(db, { url: 'https://example.com/b', canonicalUrl: null, site: null })).toHaveLength(0);
  });

  it('updates in place when asked to, keeping the creation time', async () => {
    const first = await saveClip(db, clip('First'), source, options());
    const updated = await saveClip(db, clip('Second'), source, options({ replaceId: first.id, now: new Date('2026-11-24T10:00:00Z') }));
    expect(updated.id).toBe(first.id);
    expect(await db.clips.count()).toBe(1);
    expect(updated.createdAt).toBe(first.createdAt);
    expect(updated.title).toBe('Second');
  });

  it('keeps the images a clip links as assets/, replacing them when the clip is updated', async () => {
    const sky = { path: 'assets/sky-1a2b.png', bytes: Uint8Array.of(1, 2, 3) };
    const sea = { path: 'assets/sea-3c4d.jpg', bytes: Uint8Array.of(4, 5) };
    const first = await saveClip(db, clip('First'), source, options({ images: [sky, sea] }));
    const images = async () => (await db.images.where('clipId').equals(first.id).toArray()).map(({ path, bytes }) => ({ path, bytes }));
    expect(await images()).toEqual([sea, sky]);
    await saveClip(db, clip('First'), source, options({ replaceId: first.id, images: [sky] }));
    expect(await images()).toEqual([sky]);
    await saveClip(db, clip('First'), source, options({ replaceId: first.id }));
    expect(await images()).toEqual([]);
  });

  it('keeps both when not replacing', async () => {
    await saveClip(db, clip('First'), source, options());
    await saveClip(db, clip('First'), source, options());
    expect(await findSavedCopies(db, source)).toHaveLength(2);
  });

  it('five saves at once store five clips', async () => {
    await Promise.all([1, 2, 3, 4, 5].map((n) => saveClip(db, clip(`Clip ${n}`), { ...source, url: `https://example.com/${n}` }, options())));
    expect(await db.clips.count()).toBe(5);
  });

  it('reports a full disk as such and leaves the library as it was', async () => {
    await saveClip(db, clip('First'), source, options());
    const full = Object.assign(new Error('quota'), { name: 'QuotaExceededError' });
    db.clips.hook('creating', () => {
      throw full;
    });
    await expect(saveClip(db, clip('Second'), source, options())).rejects.toMatchObject({ code: 'storage-full' });
    expect(await db.clips.count()).toBe(1);
  });
});
