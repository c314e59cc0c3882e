import { zipSync } from 'fflate';
import { beforeEach, describe, expect, it } from 'vitest';
import { exportZip } from '@/utils/library/export/export-zip';
import { writeBackup } from '@/utils/library/export/write-backup';
import { applyImport } from '@/utils/library/import/apply-import';
import type { ClipPlan, ImportPlan, ReadImportResult } from '@/utils/library/import/import-plan';
import { readBackup } from '@/utils/library/import/read-backup';
import { readMarkdownZip } from '@/utils/library/import/read-markdown-zip';
import { ClipSearch } from '@/utils/library/search/clip-search';
import type { ClipSummary } from '@/utils/library/clip-summary';
import type { StoredClip } from '@/utils/library/stored-clip';
import { DEFAULT_SETTINGS } from '@/utils/settings/settings';
import { CAT, collect, DOG, fillLibrary, imageStore, TestLibrary, snapshot, wipe } from '../export/library-fixture';

let db: TestLibrary;
let clips: StoredClip[];
let ids = 0;
const importOptions = () => ({ now: new Date('2026-12-01T08:00:00Z'), newId: () => `imported-${++ids}`, images: imageStore(db) });

beforeEach(async () => {
  db = new TestLibrary();
  clips = await fillLibrary(db);
});

function planOf<P extends ClipPlan>(result: ReadImportResult<P>): ImportPlan<P> {
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

const zipOf = async (layout: 'flat' | 'by-site' | 'by-month' | 'hexo') => collect(exportZip(await db.clips.toArray(), { layout, images: imageStore(db).read }));
const backupOf = async () => collect(writeBackup(await db.clips.toArray(), imageStore(db).read, DEFAULT_SETTINGS, { now: new Date('2026-12-01T07:00:00Z') }));

describe('round trip through a ZIP of Markdown files', () => {
  it.each(['flat', 'by-site', 'by-month', 'hexo'] as const)('gives back the same Markdown, front-matter and images (%s)', async (layout) => {
    const zip = await zipOf(layout);
    await wipe(db);
    const report = await applyImport(db, planOf(readMarkdownZip(zip)), importOptions());
    expect(report.added).toHaveLength(clips.length);
    expect(report.problems).toEqual([]);

    const imported = await db.clips.toArray();
    const byMarkdown = (list: StoredClip[]) => list.map((c) => [c.markdown, c.frontMatter, c.title] as const).sort(([a], [b]) => (a < b ? -1 : 1));
    expect(byMarkdown(imported)).toEqual(byMarkdown(clips));
    const chinese = imported.find((c) => c.title.startsWith('你好'))!;
    expect(chinese.url).toBe('https://sspai.com/post/1');
    expect((await imageStore(db).read(chinese.id)).map((i) => i.path).sort()).toEqual([CAT.path, DOG.path]);
    expect((await imageStore(db).read(chinese.id)).find((i) => i.path === DOG.path)!.bytes).toEqual(DOG.bytes);
    // The imported clips are searchable at once: the index was written with them.
    expect((await new ClipSearch(db).search('中文')).hits.map((hit) => hit.clipId)).toEqual([chinese.id]);
  });

  it('adds nothing when the same ZIP is imported twice, or into the library it came from', async () => {
    const zip = await zipOf('by-month');
    const into = await applyImport(db, planOf(readMarkdownZip(zip)), importOptions());
    expect(into).toMatchObject({ added: [], updated: [] });
    expect(into.skipped).toHaveLength(clips.length);

    await wipe(db);
    await applyImport(db, planOf(readMarkdownZip(zip)), importOptions());
    const before = await snapshot(db);
    const again = await applyImport(db, planOf(readMarkdownZip(zip)), importOptions());
    expect(again.added).toEqual([]);
    expect(again.skipped).toHaveLength(clips.length);
    expect(await snapshot(db)).toEqual(before);
  });

  it('updates the clip of a page whose file was edited, keeping its id', async () => {
    const edited = clips[0]!.markdown.replace('Hello, world.', 'Hello, edited world.');
    const zip = zipSync({ 'Hello World.md': new TextEncoder().encode(edited) });
    const report = await applyImport(db, planOf(readMarkdownZip(zip)), importOptions());
    expect(report.updated).toEqual([{ id: clips[0]!.id, title: 'Hello World', path: 'Hello World.md' }]);
    expect(await db.clips.get(clips[0]!.id)).toMatchObject({ markdown: edited, createdAt: clips[0]!.createdAt });
    expect(await db.clips.count()).toBe(clips.length);
  });
});

describe('round trip through a JSON backup', () => {
  it('gives back every field of every clip, and the images', async () => {
    const backup = await backupOf();
    const images = await db.images.toArray();
    const summaries = await db.summaries.orderBy('id').toArray();
    await wipe(db);
    const plan = planOf(readBackup(backup));
    expect(plan.settings).toEqual({ ok: true, value: DEFAULT_SETTINGS });
    const report = await applyImport(db, plan, importOptions());
    expect(report.added).toHaveLength(clips.length);
    expect(await db.clips.orderBy('id').toArray()).toEqual([...clips].sort((a, b) => (a.id < b.id ? -1 : 1)));
    expect(await db.images.toArray()).toEqual(images);
    // The list page reads summaries, not clips: they come back with them, under the clips' new numbers in the index.
    const restored = await db.summaries.orderBy('id').toArray();
    const withoutSeq = (list: ClipSummary[]) => list.map(({ seq: _seq, ...summary }) => summary);
    expect(withoutSeq(restored)).toEqual(withoutSeq(summaries));
    for (const summary of restored) expect((await db.searchDocs.get(summary.seq!))?.clipId).toBe(summary.id);
  });

  it('adds nothing the second time; a changed clip is updated, the rest skipped', async () => {
    const backup = await backupOf();
    const first = await applyImport(db, planOf(readBackup(backup)), importOptions());
    expect(first).toMatchObject({ added: [], updated: [] });
    expect(first.skipped).toHaveLength(clips.length);

    await db.clips.update(clips[2]!.id, { title: 'changed since the backup' });
    const second = await applyImport(db, planOf(readBackup(backup)), importOptions());
    expect(second.updated.map((c) => c.id)).toEqual([clips[2]!.id]);
    expect((await db.clips.get(clips[2]!.id))!.title).toBe(clips[2]!.title);
  });

  it('carries images as base64 and settings as the settings file writes them', async () => {
    const doc = JSON.parse(new TextDecoder().decode(await backupOf()));
    expect(doc).toMatchObject({ format: 'clipdown-library', version: 1, exportedAt: '2026-12-01T07:00:00.000Z', settings: { format: 'clipdown-settings', preset: 'default' } });
    expect(doc.clips).toHaveLength(clips.length);
    expect(doc.clips[0].images).toEqual([{ path: CAT.path, base64: btoa(String.fromCharCode(...CAT.bytes)) }]);
  });
});

describe('a file that cannot be imported changes nothing', () => {
  it('a corrupt ZIP', async () => {
    const zip = await zipOf('flat');
    const before = await snapshot(db);
    const damaged = zip.slice();
    // A byte inside the first file's deflated data that still inflates: only its CRC shows the damage.
    damaged[100] = damaged[100]! ^ 0xff;
    expect(readMarkdownZip(damaged)).toMatchObject({ ok: false, error: { code: 'invalid-import', message: expect.stringContaining('“Hello World.md” does not read back') } });
    for (const bytes of [zip.slice(0, zip.length / 2), new TextEncoder().encode('not a zip')]) {
      expect(readMarkdownZip(bytes)).toMatchObject({ ok: false, error: { code: 'invalid-import', message: expect.stringContaining('not a ZIP file') } });
    }
    expect(await snapshot(db)).toEqual(before);
  });

  it('a truncated backup', async () => {
    const backup = await backupOf();
    const result = readBackup(backup.slice(0, backup.length - 200));
    expect(result).toMatchObject({ ok: false, error: { message: expect.stringMatching(/not complete JSON/) } });
  });

  it('a backup with one invalid clip names it', async () => {
    const doc = JSON.parse(new TextDecoder().decode(await backupOf()));
    doc.clips[3].createdAt = 'yesterday';
    const result = readBackup(new TextEncoder().encode(JSON.stringify(doc)));
    expect(result).toMatchObject({ ok: false, error: { message: expect.stringContaining('clips[3].createdAt') } });
  });

  it('a write that fails half-way leaves clips, images and index as they were', async () => {
    const plan = planOf(readBackup(await backupOf()));
    await wipe(db);
    await fillLibrary(db);
    const before = await snapshot(db);
    const changed: ImportPlan = { ...plan, clips: plan.clips.map((p) => (p.kind === 'backup' ? { ...p, clip: { ...p.clip, id: `new-${p.clip.id}` } } : p)) };
    let writes = 0;
    db.images.hook('creating', () => {
      if (++writes === 3) throw Object.assign(new Error('quota'), { name: 'QuotaExceededError' });
    });
    await expect(applyImport(db, changed, importOptions())).rejects.toMatchObject({ code: 'storage-full' });
    expect(await snapshot(db)).toEqual(before);
  });
});

describe('a large import', () => {
  it('imports hundreds of clips in one go, and the same backup again adds nothing', async () => {
    // More clips than dexie keeps a transaction alive for when each is awaited on its own.
    const many: StoredClip[] = Array.from({ length: 300 }, (_, i) => ({
      ...clips[i % clips.length]!,
      id: `many-${i}`,
      url: `https://example.com/many/${i}`,
      title: `Clip ${i}`,
    }));
    await db.clips.bulkPut(many);
    const backup = await collect(writeBackup(await db.clips.toArray(), imageStore(db).read, DEFAULT_SETTINGS, { now: new Date('2026-12-01T07:00:00Z') }));
    await wipe(db);
    const report = await applyImport(db, planOf(readBackup(backup)), importOptions());
    expect(report.added).toHaveLength(many.length + clips.length);
    expect(await db.clips.count()).toBe(many.length + clips.length);
    const again = await applyImport(db, planOf(readBackup(backup)), importOptions());
    expect(again.added).toEqual([]);
    expect(again.skipped).toHaveLength(many.length + clips.length);
  });
});
