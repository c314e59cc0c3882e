// The clips an export reads: in the order asked, a batch at a time, and only as the export asks for them.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fromClipRow, type ClipRow } from '@/utils/library/clip-row';
import { readClips } from '@/utils/library/export/read-clips';
import type { StoredClip } from '@/utils/library/stored-clip';
import { fillLibrary, TestLibrary } from './library-fixture';

let db: TestLibrary;
let clips: StoredClip[];

beforeEach(async () => {
  db = new TestLibrary();
  clips = await fillLibrary(db);
});

async function ids(source: AsyncIterable<ClipRow>): Promise<string[]> {
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

  it('returns rows as stored, Markdown still packed, that read back as the clips saved', async () => {
    const read: ClipRow[] = [];
    for await (const row of readClips(db, ['clip-3'])) read.push(row);
    expect(read).toHaveLength(1);
    expect(read[0]).not.toHaveProperty('markdown');
    expect(read[0]!.packedMarkdown!.size).toBe(new TextEncoder().encode(clips[2]!.markdown).length);
    expect(fromClipRow(read[0])).toEqual(clips[2]);
  });

  it('reads ahead one batch while the export writes the current one, never more', async () => {
    const readRows = vi.spyOn(db, 'readRows');
    const reading = readClips(db, null, 3);
    await reading.next();
    expect(readRows.mock.calls.map(([keys]) => keys.length)).toEqual([3, 3]);
    for (let i = 0; i < 2; i++) await reading.next();
    expect(readRows.mock.calls.map(([keys]) => keys.length)).toEqual([3, 3]);
    await reading.next();
    expect(readRows.mock.calls.map(([keys]) => keys.length)).toEqual([3, 3, 1]);
    while (!(await reading.next()).done);
    expect(readRows).toHaveBeenCalledTimes(3);
  });

  it('stops reading when the export is cancelled', async () => {
    const readRows = vi.spyOn(db, 'readRows');
    const reading = readClips(db, null, 3);
    await reading.next();
    await reading.return(undefined);
    expect(readRows).toHaveBeenCalledTimes(2);
    expect((await reading.next()).done).toBe(true);
  });
});
