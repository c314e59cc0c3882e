// @vitest-environment jsdom
// The import panel over a real library (fake-indexeddb) and WXT's storage over the fake browser:
// several files in one go, each all or nothing, a broken one reported without stopping the rest,
// long problem lists cut short, and a backup's settings applied only when asked (and undoable).
import { zipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ImportPanel } from '@/components/library/ImportPanel';
import { exportZip } from '@/utils/library/export/export-zip';
import { writeBackup } from '@/utils/library/export/write-backup';
import type { ImportReport } from '@/utils/library/import/apply-import';
import { importFile } from '@/utils/library/import/import-file';
import { normalizeSettings } from '@/utils/settings/settings';
import { readSettings, replaceSettings } from '@/utils/settings/settings-item';
import { collect, fillLibrary, imageStore, TestLibrary, wipe } from '../../library/export/library-fixture';
import { mountPage, type Page } from './page-root';

const MINE = normalizeSettings({ preset: 'hugo' });
const BACKED_UP = normalizeSettings({ preset: 'hexo', rules: [{ id: 'r1', name: 'news', patterns: ['example.com'], contentSelector: '.post' }] });

let db: TestLibrary;
let mounted: Page;
let page: HTMLElement;
let backup: Uint8Array;
let zip: Uint8Array;
let onImported: ReturnType<typeof vi.fn<(report: ImportReport) => void>>;

beforeEach(async () => {
  fakeBrowser.reset();
  await replaceSettings(MINE);
  db = new TestLibrary();
  const clips = await fillLibrary(db);
  backup = await collect(writeBackup(clips, imageStore(db).read, BACKED_UP, { now: new Date('2026-05-01T00:00:00Z') }));
  zip = await collect(exportZip(clips, { layout: 'by-site', images: imageStore(db).read }));
  await wipe(db);
  onImported = vi.fn<(report: ImportReport) => void>();
  mounted = mountPage();
  page = mounted.page;
  // In place of the page's worker: the same import, on this test's library.
  mounted.render(<ImportPanel importer={(file) => importFile(db, file, new Date())} onImported={onImported} />);
  await vi.waitFor(() => expect(input()).not.toBeNull());
});

afterEach(() => mounted.unmount());

const input = () => page.querySelector<HTMLInputElement>('input[type="file"][name="import"]')!;
const fileReports = () => [...page.querySelectorAll('[data-testid="import-report"] > li')];
const firstLine = (report: Element) => report.querySelector('p')!.textContent;

function choose(files: File[]) {
  Object.defineProperty(input(), 'files', { value: files, configurable: true });
  input().dispatchEvent(new Event('change', { bubbles: true }));
}

const file = (bytes: Uint8Array | string, name: string) => new File([bytes as BlobPart], name);

describe('the import panel', () => {
  it('takes several ZIP and JSON files', () => {
    expect(input().accept).toBe('.zip,.json');
    expect(input().multiple).toBe(true);
  });

  it('imports file after file, each on its own: a broken file is reported and the next still imports', async () => {
    choose([file(backup, 'library.json'), file('{"format": "clipdown-library", "clips": [', 'cut-short.json'), file(zip, 'clips.zip')]);
    await vi.waitFor(() => expect(fileReports()).toHaveLength(3));
    await vi.waitFor(() => expect(input().disabled).toBe(false));
    const [fromBackup, broken, fromZip] = fileReports();
    expect(firstLine(fromBackup!)).toBe('library.json: 7 added, 0 updated, 0 skipped.');
    expect(broken!.textContent).toMatch(/^cut-short\.json: This is not a Clipdown backup: it is not complete JSON text .* Nothing was imported\.$/);
    expect(broken!.querySelector('.status-error')).not.toBeNull();
    // The ZIP holds the same clips the backup just brought in: nothing is doubled.
    expect(firstLine(fromZip!)).toBe('clips.zip: 0 added, 0 updated, 7 skipped.');
    expect(await db.clips.count()).toBe(7);
    expect(onImported).toHaveBeenCalledTimes(1);
    expect(onImported.mock.calls[0]![0].added).toHaveLength(7);
  });

  it('says which file it is working on, and takes no more files until done', async () => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const slow = file(zip, 'slow.zip');
    const read = slow.arrayBuffer.bind(slow);
    slow.arrayBuffer = async () => (await held, read());
    choose([file(backup, 'first.json'), slow]);
    await vi.waitFor(() => expect(page.querySelector('[data-testid="import-working"]')?.textContent).toBe('Importing slow.zip (file 2 of 2)…'));
    expect(input().disabled).toBe(true);
    expect(fileReports()).toHaveLength(1);
    release();
    await vi.waitFor(() => expect(page.querySelector('[data-testid="import-working"]')).toBeNull());
    expect(input().disabled).toBe(false);
    expect(fileReports()).toHaveLength(2);
  });

  it('lists the first 20 files left out and counts the rest', async () => {
    const notes: Record<string, Uint8Array> = { 'good.md': new TextEncoder().encode('---\ntitle: Good\nsource: https://a.example/\n---\n\nBody.\n') };
    for (let i = 1; i <= 25; i++) notes[`plain-${String(i).padStart(2, '0')}.md`] = new TextEncoder().encode(`# Note ${i}\n`);
    choose([file(zipSync(notes), 'notes.zip')]);
    await vi.waitFor(() => expect(fileReports()).toHaveLength(1));
    const report = fileReports()[0]!;
    expect(firstLine(report)).toBe('notes.zip: 1 added, 0 updated, 0 skipped.');
    expect(report.textContent).toContain('25 files were left out:');
    const listed = [...report.querySelectorAll('.import-problems li')].map((li) => li.textContent);
    expect(listed).toHaveLength(21);
    expect(listed[0]).toMatch(/^plain-01\.md: /);
    expect(listed[19]).toMatch(/^plain-20\.md: /);
    expect(listed[20]).toBe('and 5 more');
  });

  it('offers a backup’s settings, writes them only when asked, and can undo', async () => {
    choose([file(zip, 'clips.zip')]);
    await vi.waitFor(() => expect(fileReports()).toHaveLength(1));
    expect(page.querySelector('[data-action="apply-backup-settings"]')).toBeNull();

    choose([file(backup, 'library.json')]);
    await vi.waitFor(() => expect(page.querySelector('[data-action="apply-backup-settings"]')).not.toBeNull());
    expect(await readSettings()).toEqual(MINE);

    page.querySelector<HTMLButtonElement>('[data-action="apply-backup-settings"]')!.click();
    await vi.waitFor(() => expect(page.querySelector('[data-status="success"]')?.textContent).toMatch(/^Settings from library\.json are in use: 0 presets of your own, 1 site rule and the Markdown options/));
    expect(await readSettings()).toEqual(BACKED_UP);

    [...page.querySelectorAll('button')].find((b) => b.textContent === 'Undo')!.click();
    await vi.waitFor(() => expect(page.querySelector('[data-status="info"]')?.textContent).toBe('Undone: your previous settings are back.'));
    expect(await readSettings()).toEqual(MINE);
  });

  it('says why a backup’s settings cannot be used, and does not offer them', async () => {
    const doc = JSON.parse(new TextDecoder().decode(backup));
    doc.settings.rules = [{ id: 'r1', name: 'bad', patterns: [], contentSelector: 'div[' }];
    choose([file(JSON.stringify(doc), 'odd-settings.json')]);
    await vi.waitFor(() => expect(fileReports()).toHaveLength(1));
    expect(firstLine(fileReports()[0]!)).toBe('odd-settings.json: 7 added, 0 updated, 0 skipped.');
    expect(fileReports()[0]!.textContent).toContain('The settings in this backup cannot be used:');
    expect(page.querySelector('[data-action="apply-backup-settings"]')).toBeNull();
    expect(await readSettings()).toEqual(MINE);
  });
});
