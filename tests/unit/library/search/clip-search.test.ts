import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { ClipDatabase } from '@/utils/library/clip-database';
import { deleteClips } from '@/utils/library/delete-clips';
import { saveClip } from '@/utils/library/save-clip';
import { readIndexState } from '@/utils/library/search/clip-index';
import { ClipSearch } from '@/utils/library/search/clip-search';
import { buildClip } from '@/utils/pipeline/render/render-clip';

let indexedDB: IDBFactory;
let db: ClipDatabase;
let ids = 0;
const now = new Date('2026-11-24T10:00:00Z');

beforeEach(() => {
  indexedDB = new IDBFactory();
  db = new ClipDatabase('test-library', { indexedDB, IDBKeyRange });
});

async function save(title: string, body: string, replaceId?: string) {
  const source = { url: `https://example.com/${encodeURIComponent(title)}`, canonicalUrl: null, site: 'Example' };
  return saveClip(db, buildClip({ title }, body), source, { now, newId: () => `clip-${++ids}`, replaceId });
}

const titlesFound = async (search: ClipSearch, query: string) => {
  const { hits } = await search.search(query);
  const clips = await db.clips.bulkGet(hits.map((hit) => hit.clipId));
  return clips.map((clip) => clip?.title);
};

describe('ClipSearch', () => {
  it('finds a saved clip by a Chinese word or an English one, title matches first', async () => {
    await save('漳州开发区：一鼓作气', '管控区的居民陆陆续续出来领取生活物资。');
    await save('港口吞吐量创新高', '开发区的新码头投入使用。See the [port report](https://example.com/report).');
    const search = new ClipSearch(db);
    expect(await titlesFound(search, '开发区')).toEqual(['漳州开发区：一鼓作气', '港口吞吐量创新高']);
    expect(await titlesFound(search, '生活物资')).toEqual(['漳州开发区：一鼓作气']);
    expect(await titlesFound(search, 'port ')).toEqual(['港口吞吐量创新高']);
    // Link addresses are not words of the clip.
    expect(await titlesFound(search, 'example ')).toEqual([]);
  });

  it('sees clips saved after it was created, and forgets a clip’s old words when it is updated', async () => {
    const search = new ClipSearch(db);
    const first = await save('Harbour news', 'The old terminal closes.');
    expect(await titlesFound(search, 'terminal ')).toEqual(['Harbour news']);
    await save('Harbour news', 'A new quay opens.', first.id);
    expect((await readIndexState(db)).clipCount).toBe(1);
    expect(await titlesFound(search, 'terminal ')).toEqual([]);
    expect(await titlesFound(search, 'quay ')).toEqual(['Harbour news']);
  });

  it('never offers a deleted clip', async () => {
    const search = new ClipSearch(db);
    const gone = await save('天气预报', '明天多云转晴。');
    await save('天气回顾', '昨天多云。');
    expect(await titlesFound(search, '多云')).toHaveLength(2);
    expect((await deleteClips(db, [gone.id])).clips.map((clip) => clip.title)).toEqual(['天气预报']);
    expect(await titlesFound(search, '多云')).toEqual(['天气回顾']);
    // Saving another clip rewrites the term's row without the deleted clip's entry; still not found.
    await save('多云的一天', '多云。');
    expect((await titlesFound(search, '多云')).sort()).toEqual(['多云的一天', '天气回顾']);
    // Ranking reads the stored count (counting the store would be linear): it follows adds and deletes.
    expect((await readIndexState(db)).clipCount).toBe(2);
  });

  it('indexes the clips a version-1 library already held when it is upgraded', async () => {
    db.close();
    const name = 'old-library';
    const old = new Dexie(name, { indexedDB, IDBKeyRange });
    old.version(1).stores({ clips: 'id, url, canonicalUrl, createdAt, updatedAt, site, title' });
    await old.table('clips').add({ id: 'old-1', url: 'https://example.com/1', canonicalUrl: null, site: null, title: '旧文章', frontMatter: {}, body: '港口扩建工程开工。', markdown: '', filename: 'a.md', tags: [], createdAt: 1, updatedAt: 1 });
    old.close();
    db = new ClipDatabase(name, { indexedDB, IDBKeyRange });
    expect(await titlesFound(new ClipSearch(db), '扩建')).toEqual(['旧文章']);
  });
});
