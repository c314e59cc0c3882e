import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { ClipDatabase } from '@/utils/library/clip-database';
import { deleteClips } from '@/utils/library/delete-clips';
import { saveClip } from '@/utils/library/save-clip';
import { librarySearcher } from '@/utils/library/search/library-searcher';
import { buildClip } from '@/utils/pipeline/render/render-clip';

let db: ClipDatabase;
let ids = 0;

beforeEach(() => {
  db = new ClipDatabase('searcher', { indexedDB: new IDBFactory(), IDBKeyRange });
});

async function save(title: string, body: string) {
  const source = { url: `https://example.com/${ids}`, canonicalUrl: null, site: 'Example' };
  return saveClip(db, buildClip({ title }, body), source, { now: new Date(Date.UTC(2026, 10, 24, 0, ids)), newId: () => `clip-${++ids}` });
}

describe('librarySearcher (what the page asks of its search worker)', () => {
  it('ranks, maps matches to clips and makes snippets that mark the words', async () => {
    const first = await save('港口吞吐量创新高', '去年，开发区的新码头投入使用，吞吐量创新高。');
    const second = await save('Harbour news', 'The new quay of the development zone opened last year.');
    const searcher = librarySearcher(db);

    const { matches, highlights } = await searcher.rank('码头', 10);
    expect((await searcher.hitsOf(matches)).map((hit) => hit.clipId)).toEqual([first.id]);
    const snippets = new Map(await searcher.snippets([first.id, second.id], highlights));
    const snippet = snippets.get(first.id)!;
    expect(snippet.ranges.map((range) => snippet.text.slice(range.start, range.end))).toEqual(['码头']);
    // A clip without the words still gets its line, unmarked.
    expect(snippets.get(second.id)!.ranges).toEqual([]);
  });

  it('leaves out clips deleted since the results were shown', async () => {
    const kept = await save('Kept', 'Quay and harbour.');
    const gone = await save('Gone', 'Quay and harbour too.');
    await deleteClips(db, [gone.id]);
    const snippets = await librarySearcher(db).snippets([kept.id, gone.id], ['quay']);
    expect(snippets.map(([id]) => id)).toEqual([kept.id]);
  });

  it('warms up on an empty library and on a full one without changing it', async () => {
    await expect(librarySearcher(db).warmUp()).resolves.toBeUndefined();
    await save('Warm 开发区', 'Body of the clip, 开发区.');
    const before = await db.clips.count();
    await expect(librarySearcher(db).warmUp()).resolves.toBeUndefined();
    expect(await db.clips.count()).toBe(before);
  });
});
