import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { ClipDatabase } from '@/utils/library/clip-database';
import { readAllSummaries, readNewestSummaries } from '@/utils/library/read-summaries';
import { saveClip } from '@/utils/library/save-clip';
import { buildClip } from '@/utils/pipeline/render/render-clip';

describe('reading the list', () => {
  it('reads the newest clips first, then every clip once in chunks', async () => {
    const db = new ClipDatabase('summaries', { indexedDB: new IDBFactory(), IDBKeyRange });
    for (let i = 0; i < 7; i++) {
      await saveClip(db, buildClip({ title: `Clip ${i}` }, 'Body'), { url: `https://example.com/${i}`, canonicalUrl: null, site: null }, { now: new Date(1000 * i), newId: () => `id-${(i * 37) % 11}` });
    }
    expect((await readNewestSummaries(db, 3)).map((summary) => summary.title)).toEqual(['Clip 6', 'Clip 5', 'Clip 4']);
    const chunks: string[][] = [];
    for await (const chunk of readAllSummaries(db, 3)) chunks.push(chunk.map((summary) => summary.title));
    expect(chunks.map((chunk) => chunk.length)).toEqual([3, 3, 1]);
    expect(chunks.flat().sort()).toEqual(['Clip 0', 'Clip 1', 'Clip 2', 'Clip 3', 'Clip 4', 'Clip 5', 'Clip 6']);
  });
});
