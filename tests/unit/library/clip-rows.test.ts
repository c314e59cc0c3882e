import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { ClipDatabase } from '@/utils/library/clip-database';
import { libraryTables, putClipRows } from '@/utils/library/clip-rows';
import { deleteClips, restoreClips } from '@/utils/library/delete-clips';
import { saveClip, saveEditedClip } from '@/utils/library/save-clip';
import { BLOCK_SIZE } from '@/utils/library/search/clip-index';
import { ClipSearch } from '@/utils/library/search/clip-search';
import type { StoredClip } from '@/utils/library/stored-clip';
import { buildClip } from '@/utils/pipeline/render/render-clip';
import { putLegacyRows } from './export/library-fixture';

let indexedDB: IDBFactory;
let db: ClipDatabase;
let ids = 0;

beforeEach(() => {
  indexedDB = new IDBFactory();
  db = new ClipDatabase('test-library', { indexedDB, IDBKeyRange });
});

const save = (title: string, frontMatter: Record<string, string | string[]> = {}, body = `${title} body`) =>
  saveClip(db, buildClip({ title, ...frontMatter }, body), { url: `https://example.com/${ids}`, canonicalUrl: null, site: 'Example' }, {
    now: new Date('2026-11-24T10:00:00Z'),
    newId: () => `clip-${++ids}`,
  });

describe('library rows', () => {
  it('lists a saved clip by its summary, with the publication date its front-matter gives', async () => {
    const clip = await save('港口吞吐量创新高', { date: '2024-09-27T10:30:00+08:00', tags: ['港口', '经济'] });
    expect(await db.summaries.get(clip.id)).toEqual({
      id: clip.id,
      title: '港口吞吐量创新高',
      site: 'Example',
      url: clip.url,
      tags: ['港口', '经济'],
      published: Date.parse('2024-09-27T02:30:00Z'),
      createdAt: clip.createdAt,
      updatedAt: clip.updatedAt,
      filename: clip.filename,
      seq: (await db.searchDocs.where('clipId').equals(clip.id).first())!.seq,
    });
    expect((await db.summaries.get((await save('No date')).id))?.published).toBeNull();
  });

  it('keeps in each summary the number the search ranks its clip by, also after an edit', async () => {
    const search = new ClipSearch(db);
    const first = await save('港口吞吐量创新高', {}, '港口扩建。');
    await save('天气', {}, '多云。');
    const seqOf = async (id: string) => (await db.summaries.get(id))!.seq;
    expect((await search.rank('港口')).matches.map((match) => match.seq)).toEqual([await seqOf(first.id)]);
    await saveEditedClip(db, { ...first, body: '港口再次扩建。', markdown: '港口再次扩建。\n' });
    const renumbered = await seqOf(first.id);
    expect((await search.rank('港口')).matches.map((match) => match.seq)).toEqual([renumbered]);
  });

  it('writes more clips at once than one write batch, every one listed and found by its own words', async () => {
    const count = BLOCK_SIZE + 50;
    const word = (i: number) => `w${i.toString(36)}x`;
    const many = Array.from({ length: count }, (_, i): StoredClip => {
      const body = `Note ${word(i)} and shared.`;
      return { ...buildClip({ title: `Clip ${i}` }, body), title: `Clip ${i}`, id: `many-${i}`, url: `https://example.com/${i}`, canonicalUrl: null, site: null, tags: [], filename: `clip-${i}.md`, createdAt: i, updatedAt: i };
    });
    await db.transaction('rw', libraryTables(db), async () => {
      await putClipRows(db, many);
    });
    expect(await db.summaries.count()).toBe(count);
    const search = new ClipSearch(db);
    for (const i of [0, BLOCK_SIZE - 1, BLOCK_SIZE, count - 1]) {
      const { matches } = await search.rank(word(i));
      expect(matches).toHaveLength(1);
      expect((await db.summaries.get(`many-${i}`))!.seq).toBe(matches[0]!.seq);
    }
    expect((await search.rank('shared', count)).matches).toHaveLength(count);
    // Four thousand clips through fake-indexeddb take seconds on a busy 2-core machine.
  }, 60_000);

  it('deletes a clip from the list, search and its images together, and undo brings all back', async () => {
    const search = new ClipSearch(db);
    const gone = await save('天气预报', {}, '明天多云转晴。');
    await save('天气回顾', {}, '昨天多云。');
    const photo = { clipId: gone.id, path: 'assets/sky-1a2b.png', bytes: Uint8Array.of(1, 2, 3) };
    await db.images.put(photo);
    const deleted = await deleteClips(db, [gone.id, 'no-such-clip']);
    expect(deleted).toEqual({ clips: [gone], images: [photo] });
    expect(await db.images.count()).toBe(0);
    expect(await db.summaries.get(gone.id)).toBeUndefined();
    expect((await search.search('多云')).hits.map((hit) => hit.clipId)).not.toContain(gone.id);

    await restoreClips(db, deleted);
    expect(await db.clips.get(gone.id)).toEqual(gone);
    expect(await db.summaries.get(gone.id)).toBeDefined();
    expect(await db.images.toArray()).toEqual([photo]);
    expect((await search.search('多云转晴')).hits.map((hit) => hit.clipId)).toEqual([gone.id]);
  });

  it('reads back every clip as saved, Markdown packed and the body kept only once when it lies in the Markdown', async () => {
    const typical = await save('港口吞吐量创新高', { date: '2024-09-27' }, '港口吞吐量创新高。\n\n第二段。');
    const edited = { ...typical, id: 'edited', body: 'A body the Markdown does not hold', markdown: '---\ntitle: x\n---\n\nOther text\n' };
    const empty = { ...typical, id: 'empty', body: '', markdown: '---\ntitle: x\n---\n' };
    await restoreClips(db, { clips: [edited, empty], images: [] });
    expect(await db.clips.bulkGet([typical.id, 'edited', 'empty'])).toEqual([typical, edited, empty]);
    expect(await db.clips.where('url').equals(typical.url).toArray()).toEqual([typical, edited, empty]);

    // What IndexedDB holds, read past dexie's reading hook.
    const [stored, editedRow] = await db.readRows([typical.id, 'edited']);
    expect(stored).not.toHaveProperty('body');
    expect(stored).not.toHaveProperty('markdown');
    expect(JSON.stringify(stored)).not.toContain('第二段');
    const packed = stored!.packedMarkdown!;
    expect(packed.size).toBe(new TextEncoder().encode(typical.markdown).length);
    expect(packed.deflated.length).toBeLessThan(packed.size);
    expect(editedRow).toHaveProperty('body', edited.body);
  });

  it('reads clips written whole, and rows written before Markdown was packed', async () => {
    const saved = await save('Old row');
    const whole = { ...saved, id: 'whole', body: 'Old row body' };
    await db.clips.put(whole);
    expect(await db.clips.get('whole')).toEqual(whole);

    // Rows as earlier versions wrote them, put past the writing conversion.
    const { body, ...unpacked } = { ...saved, id: 'unpacked' };
    const legacy = [
      { ...unpacked, bodyRange: [saved.markdown.lastIndexOf(body), saved.markdown.lastIndexOf(body) + body.length] },
      { ...saved, id: 'whole-legacy', body: 'Its own body' },
    ];
    await putLegacyRows(db, legacy);
    expect(await db.clips.bulkGet(['unpacked', 'whole-legacy'])).toEqual([{ ...saved, id: 'unpacked' }, { ...saved, id: 'whole-legacy', body: 'Its own body' }]);
  });

  it('fills the summaries of clips a version-2 library held when it is upgraded', async () => {
    db.close();
    const old = new Dexie('v2-library', { indexedDB, IDBKeyRange });
    old.version(2).stores({ clips: 'id, url, canonicalUrl, createdAt, updatedAt, site, title', searchDocs: '++seq, &clipId', postings: 'key', searchState: 'key' });
    await old.table('clips').add({ id: 'old-1', url: 'https://example.com/1', canonicalUrl: null, site: null, title: '旧文章', frontMatter: { published: '2023-01-02' }, body: 'x', markdown: 'x', filename: 'a.md', tags: ['t'], createdAt: 1, updatedAt: 2 });
    await old.table('searchDocs').add({ seq: 7, clipId: 'old-1' });
    old.close();
    db = new ClipDatabase('v2-library', { indexedDB, IDBKeyRange });
    expect(await db.summaries.toArray()).toEqual([
      { id: 'old-1', title: '旧文章', site: null, url: 'https://example.com/1', tags: ['t'], published: Date.parse('2023-01-02'), createdAt: 1, updatedAt: 2, filename: 'a.md', seq: 7 },
    ]);
  });
});
