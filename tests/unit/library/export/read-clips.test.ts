// The clips an export reads: in the order asked, a batch at a time, and only as the export asks for them.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { readClips } from '@/utils/library/export/read-clips';
import type { StoredClip } from '@/utils/library/stored-clip';
import { fillLibrary, TestLibrary } from './library-fixture';

let db: TestLibrary;
let clips: StoredClip[];

beforeEach(async () => {
  db = new TestLibrary();
  clips = await fillLibrary(db);
});

async function ids(source: AsyncIterable<StoredClip>): Promise<string[]> {
  const read: string[] = [];
  for await (const clip of source) read.push(clip.id);
  return read;
}

describe('reading the clips to export', () => {
  it('keeps the order of the ids given, across batches', async () => {
    const order = ['clip-6', 'clip-2', 'clip-7', 'clip-1', 'clip-4'];
    expect(await ids(readClips(db, order, 2))).toEqual(order);
  });

  it('passes over a clip deleted since it was selected', async () => {
    await db.clips.delete('clip-2');
    expect(await ids(readClips(db, ['clip-3', 'clip-2', 'clip-1'], 2))).toEqual(['clip-3', 'clip-1']);
  });

  it('reads every clip once when no ids are given', async () => {
    const read = await ids(readClips(db, null, 3));
    expect(read.toSorted()).toEqual(clips.map((clip) => clip.id).toSorted());
    expect(new Set(read).size).toBe(clips.length);
  });

  it('returns whole clips, as stored', async () => {
    const read: StoredClip[] = [];
    for await (const clip of readClips(db, ['clip-3'])) read.push(clip);
    expect(read).toEqual([clips[2]]);
  });

  it('reads ahead one batch while the export writes the current one, never more', async () => {
    const bulkGet = vi.spyOn(db.clips, 'bulkGet');
    const reading = readClips(db, null, 3);
    await reading.next();
    expect(bulkGet.mock.calls.map(([keys]) => keys.length)).toEqual([3, 3]);
    for (let i = 0; i < 2; i++) await reading.next();
    expect(bulkGet.mock.calls.map(([keys]) => keys.length)).toEqual([3, 3]);
    await reading.next();
    expect(bulkGet.mock.calls.map(([keys]) => keys.length)).toEqual([3, 3, 1]);
    while (!(await reading.next()).done);
    expect(bulkGet).toHaveBeenCalledTimes(3);
  });

  it('stops reading when the export is cancelled', async () => {
    const bulkGet = vi.spyOn(db.clips, 'bulkGet');
    const reading = readClips(db, null, 3);
    await reading.next();
    await reading.return(undefined);
    expect(bulkGet).toHaveBeenCalledTimes(2);
    expect((await reading.next()).done).toBe(true);
  });
});
