import { describe, expect, it } from 'vitest';
import { writeBackup } from '@/utils/library/export/write-backup';
import { DEFAULT_SETTINGS } from '@/utils/settings/settings';
import { fillLibrary, imageStore, TestLibrary } from './library-fixture';

const now = new Date('2026-12-01T07:00:00Z');

describe('writing a JSON backup', () => {
  it('writes one chunk per clip, never the library as one string, and the chunks make one JSON document', async () => {
    const db = new TestLibrary();
    const clips = await fillLibrary(db);
    const chunks: Uint8Array[] = [];
    const progress: number[] = [];
    for await (const chunk of writeBackup(clips, imageStore(db).read, DEFAULT_SETTINGS, { now, onProgress: (done) => progress.push(done) })) chunks.push(chunk);
    expect(chunks).toHaveLength(clips.length + 2);
    expect(progress).toEqual(clips.map((_, i) => i + 1));
    const doc = JSON.parse(chunks.map((chunk) => new TextDecoder().decode(chunk)).join(''));
    expect(doc.clips.map((clip: { id: string }) => clip.id)).toEqual(clips.map((clip) => clip.id));
  });

  it('stops when cancelled, without closing the document', async () => {
    const db = new TestLibrary();
    const clips = await fillLibrary(db);
    const controller = new AbortController();
    const chunks: string[] = [];
    const run = async () => {
      const options = { now, signal: controller.signal, onProgress: (done: number) => done === 3 && controller.abort() };
      for await (const chunk of writeBackup(clips, imageStore(db).read, DEFAULT_SETTINGS, options)) chunks.push(new TextDecoder().decode(chunk));
    };
    await expect(run()).rejects.toMatchObject({ name: 'AbortError' });
    expect(chunks).toHaveLength(1 + 3);
    expect(() => JSON.parse(chunks.join(''))).toThrow();
  });
});
