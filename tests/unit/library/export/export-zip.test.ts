import { strFromU8, unzipSync } from 'fflate';
import { beforeEach, describe, expect, it } from 'vitest';
import { exportZip } from '@/utils/library/export/export-zip';
import { readClips } from '@/utils/library/export/read-clips';
import type { StoredClip } from '@/utils/library/stored-clip';
import { CAT, collect, DOG, fillLibrary, imageStore, putLegacyRows, TestLibrary, zipEntries } from './library-fixture';

let db: TestLibrary;
let clips: StoredClip[];

beforeEach(async () => {
  db = new TestLibrary();
  clips = await fillLibrary(db);
});

const unzip = async (...args: Parameters<typeof exportZip>) => unzipSync(await collect(exportZip(...args)));

describe('exporting a ZIP of Markdown files', () => {
  it('writes each clip’s Markdown byte for byte, names made unique regardless of case', async () => {
    const files = await unzip(clips, { layout: 'flat' });
    expect(Object.keys(files).sort()).toEqual(
      ['2023-12-31-hugo-post.md', 'Hello World.md', 'hello world-2.md', 'Kept twice.md', 'Kept twice-2.md', 'later-on-example.md', '你好，世界：中文标题.md'].sort(),
    );
    expect(files['hello world-2.md']).toEqual(new TextEncoder().encode(clips[1]!.markdown));
    expect(strFromU8(files['你好，世界：中文标题.md']!)).toBe(clips[2]!.markdown);
  });

  it('copies Markdown packed when saved into the ZIP deflated, and stores rows saved before packing as they are', async () => {
    // A row as an earlier version wrote it: plain Markdown.
    const legacy = { ...clips[0]!, id: 'legacy', filename: 'legacy.md', markdown: '---\ntitle: Legacy\n---\n\nKept before packing. '.repeat(30) };
    await putLegacyRows(db, [legacy]);
    const zip = await collect(exportZip(readClips(db, [...clips.map((clip) => clip.id), 'legacy']), { layout: 'flat' }));
    const files = unzipSync(zip);
    expect(strFromU8(files['你好，世界：中文标题.md']!)).toBe(clips[2]!.markdown);
    expect(files['hello world-2.md']).toEqual(new TextEncoder().encode(clips[1]!.markdown));
    expect(strFromU8(files['legacy.md']!)).toBe(legacy.markdown);
    const method = Object.fromEntries(zipEntries(zip).map((entry) => [entry.name, entry.method]));
    expect(method['你好，世界：中文标题.md']).toBe(8);
    expect(method['legacy.md']).toBe(0);
  });

  it('puts each file in its site’s folder, unknown-site when the clip has none', async () => {
    const files = await unzip(clips, { layout: 'by-site' });
    expect(Object.keys(files)).toEqual(expect.arrayContaining(['Example/Hello World.md', 'Other/hello world.md', '少数派/你好，世界：中文标题.md', 'Example/later-on-example.md', 'unknown-site/2023-12-31-hugo-post.md']));
  });

  it('files by the month published as written, else by the month clipped in the given zone', async () => {
    const unpublished = { ...clips[1]!, createdAt: Date.parse('2026-01-31T20:00:00Z') };
    const files = await unzip([clips[0]!, unpublished, clips[3]!], { layout: 'by-month', timeZone: 'Asia/Shanghai' });
    // Published 00:30 on 1 May in UTC+8, which is still April in UTC; clipped 31 January UTC, 1 February in Shanghai.
    expect(Object.keys(files).sort()).toEqual(['2024/05/Hello World.md', '2024/07/later-on-example.md', '2026/02/hello world.md']);
  });

  it('puts images beside their Markdown in every layout, once per folder', async () => {
    const hexo = await unzip(clips, { layout: 'hexo', images: imageStore(db).read });
    expect(hexo['source/_posts/assets/cat-1a2b.png']).toEqual(CAT.bytes);
    expect(hexo['source/_posts/assets/dog 9f8e.png']).toEqual(DOG.bytes);
    expect(Object.keys(hexo).filter((path) => path.includes('cat-1a2b'))).toHaveLength(1);

    const bySite = await unzip(clips, { layout: 'by-site', images: imageStore(db).read });
    expect(Object.keys(bySite).filter((path) => path.includes('assets/')).sort()).toEqual(['Example/assets/cat-1a2b.png', '少数派/assets/cat-1a2b.png', '少数派/assets/dog 9f8e.png']);
  });

  it('leaves images out when they are off', async () => {
    const files = await unzip(clips, { layout: 'flat' });
    expect(Object.keys(files).some((path) => path.includes('assets/'))).toBe(false);
  });

  it('refuses an image path that would leave its folder', async () => {
    const images = async () => [{ path: '../escape.png', bytes: CAT.bytes }];
    await expect(collect(exportZip(clips, { layout: 'flat', images }))).rejects.toThrow(/outside its folder/);
  });

  it('reports progress clip by clip, from an async source with a given total', async () => {
    const seen: [number, number | undefined][] = [];
    async function* source() {
      yield* clips;
    }
    await collect(exportZip(source(), { layout: 'flat', total: clips.length, onProgress: (done, total) => seen.push([done, total]) }));
    expect(seen).toEqual(clips.map((_, i) => [i + 1, clips.length]));
  });

  it('stops reading clips when cancelled, and produces no archive', async () => {
    const controller = new AbortController();
    const read: string[] = [];
    async function* source() {
      for (const clip of clips) {
        read.push(clip.id);
        yield clip;
      }
    }
    const chunks: Uint8Array[] = [];
    const run = async () => {
      for await (const chunk of exportZip(source(), { layout: 'flat', signal: controller.signal, onProgress: (done) => done === 2 && controller.abort() })) chunks.push(chunk);
    };
    await expect(run()).rejects.toMatchObject({ name: 'AbortError' });
    expect(read).toEqual(clips.slice(0, 3).map((clip) => clip.id));
    expect(chunks).toEqual([]);
  });

  it('packs many clips into few large chunks, each file intact', async () => {
    // Over 4 MB of Markdown, so files straddle the blocks the archive is gathered in.
    const many = Array.from({ length: 300 }, (_, i) => ({ ...clips[i % clips.length]!, id: `many-${i}`, filename: `clip-${i}.md`, markdown: `# ${i}\n\n${'中文和 English 混排。'.repeat(1000 + i)}` }));
    const chunks: Uint8Array[] = [];
    // Each chunk is good until the next is asked for: kept, it is copied.
    for await (const chunk of exportZip(many, { layout: 'flat' })) chunks.push(chunk.slice());
    expect(chunks.length).toBeGreaterThan(1);
    expect(chunks.length).toBeLessThan(10);
    const files = unzipSync(new Uint8Array(await new Blob(chunks as Uint8Array<ArrayBuffer>[]).arrayBuffer()));
    for (const [i, clip] of many.entries()) expect(strFromU8(files[`clip-${i}.md`]!)).toBe(clip.markdown);
  });
});
