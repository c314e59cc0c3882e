// @vitest-environment jsdom
// The export panel over a real library (fake-indexeddb): what it offers, the files it hands to the
// download, its progress and cancel, and what it says when an export fails.
import { unzipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ExportPanel, type DownloadExport } from '@/components/library/ExportPanel';
import { exportChunks } from '@/utils/library/export/export-chunks';
import { normalizeSettings } from '@/utils/settings/settings';
import { replaceSettings } from '@/utils/settings/settings-item';
import { collect, DOG, fillLibrary, TestLibrary } from '../../library/export/library-fixture';
import { mountPage, type Page } from './page-root';

let db: TestLibrary;
let mounted: Page;
let page: HTMLElement;

beforeEach(async () => {
  fakeBrowser.reset();
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 4, 9, 10, 0));
  db = new TestLibrary();
  await fillLibrary(db);
  mounted = mountPage();
  page = mounted.page;
});

afterEach(() => {
  mounted.unmount();
  vi.useRealTimers();
});

interface Downloaded {
  filename: string;
  type: string;
  bytes: Uint8Array;
}

/** Stands in for the browser's downloads: keeps the file it would have saved. */
function keepDownloads() {
  const files: Downloaded[] = [];
  const download: DownloadExport = async (chunks, filename, { type }) => files.push({ filename, type, bytes: await collect(chunks) });
  return { files, download };
}

const heading = () => page.querySelector('h2')!.textContent;
const button = (action: string) => page.querySelector<HTMLButtonElement>(`button[data-action="${action}"]`)!;
const statusText = () => page.querySelector('[data-status]')?.textContent;

function click(action: string) {
  button(action).click();
}

/** `libraryCount` is what the page's list holds: the 7 clips of the fixture unless a test says otherwise. */
async function render(clipIds: readonly string[] | null, download: DownloadExport, libraryCount: number | null = 7) {
  // In place of the page's worker: the same export, on this test's library.
  mounted.render(<ExportPanel db={db} clipIds={clipIds} libraryCount={libraryCount} exporter={(request, progress) => exportChunks(db, request, progress)} download={download} />);
  await vi.waitFor(() => expect(page.querySelector('h2')).not.toBeNull());
}

describe('the export panel', () => {
  it('says what it will export: the selection, or every clip, as many as the list holds', async () => {
    const { download } = keepDownloads();
    await render(['clip-3', 'clip-1'], download);
    await vi.waitFor(() => expect(heading()).toBe('Export 2 selected clips'));
    // Before the list has read every clip, the panel does not guess.
    await render(null, download, null);
    await vi.waitFor(() => expect(heading()).toBe('Export all clips'));
    await render(null, download);
    await vi.waitFor(() => expect(heading()).toBe('Export all 7 clips'));
    await render(null, download, 0);
    await vi.waitFor(() => expect(heading()).toBe('No clips to export yet'));
    expect(button('export-zip').disabled).toBe(true);
    await render(null, download, 5);
    await vi.waitFor(() => expect(heading()).toBe('Export all 5 clips'));
    expect([...page.querySelectorAll('select[name="layout"] option')].map((o) => o.getAttribute('value'))).toEqual(['flat', 'by-site', 'by-month', 'hexo']);
    expect(page.querySelector<HTMLInputElement>('input[name="images"]')!.checked).toBe(true);
  });

  it('downloads the selected clips as a ZIP in the chosen layout, images left out when unticked', async () => {
    const { files, download } = keepDownloads();
    await render(['clip-3', 'clip-1'], download);
    const select = page.querySelector<HTMLSelectElement>('select[name="layout"]')!;
    select.value = 'by-site';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    click('export-zip');
    await vi.waitFor(() => expect(statusText()).toBe('Exported 2 clips to clipdown-2026-05-09.zip.'));
    expect(files.map(({ filename, type }) => ({ filename, type }))).toEqual([{ filename: 'clipdown-2026-05-09.zip', type: 'application/zip' }]);
    expect(Object.keys(unzipSync(files[0]!.bytes)).sort()).toEqual(['Example/Hello World.md', 'Example/assets/cat-1a2b.png', '少数派/assets/cat-1a2b.png', '少数派/assets/dog 9f8e.png', '少数派/你好，世界：中文标题.md']);

    page.querySelector<HTMLInputElement>('input[name="images"]')!.click();
    click('export-zip');
    await vi.waitFor(() => expect(files).toHaveLength(2));
    expect(Object.keys(unzipSync(files[1]!.bytes)).sort()).toEqual(['Example/Hello World.md', '少数派/你好，世界：中文标题.md']);
  });

  it('downloads a backup of the chosen clips with their images and the settings', async () => {
    await replaceSettings(normalizeSettings({ preset: 'hexo' }));
    const { files, download } = keepDownloads();
    await render(['clip-3'], download);
    // Unticking images shapes the ZIP only: a backup keeps everything it will put back.
    page.querySelector<HTMLInputElement>('input[name="images"]')!.click();
    click('export-backup');
    await vi.waitFor(() => expect(statusText()).toBe('Exported 1 clip to clipdown-backup-2026-05-09.json.'));
    expect(files[0]).toMatchObject({ filename: 'clipdown-backup-2026-05-09.json', type: 'application/json' });
    const backup = JSON.parse(new TextDecoder().decode(files[0]!.bytes));
    expect(backup.settings.preset).toBe('hexo');
    expect(backup.clips.map((clip: { id: string }) => clip.id)).toEqual(['clip-3']);
    expect(backup.clips[0].images.map((image: { path: string }) => image.path).sort()).toEqual(['assets/cat-1a2b.png', 'assets/dog 9f8e.png']);
  });

  it('shows progress while running, and a cancel downloads nothing', async () => {
    let resume!: () => void;
    const paused = new Promise<void>((resolve) => (resume = resolve));
    let downloaded = false;
    const progressBar = () => page.querySelector('[data-testid="export-progress"]');
    // Holds the export once the panel shows a clip done, as a slow disk would.
    const download: DownloadExport = async (chunks) => {
      for await (const _ of chunks) {
        // Writing takes a turn of the event loop, in which the page renders its progress.
        await new Promise((resolve) => setTimeout(resolve, 0));
        if (Number(progressBar()?.getAttribute('value')) > 0) await paused;
      }
      downloaded = true;
    };
    await render(null, download);
    await vi.waitFor(() => expect(heading()).toBe('Export all 7 clips'));
    // The backup writes a chunk per clip; a ZIP gathers clips into chunks of a few MB, one here.
    click('export-backup');
    await vi.waitFor(() => expect(Number(progressBar()?.getAttribute('value'))).toBeGreaterThan(0));
    const done = Number(progressBar()!.getAttribute('value'));
    expect(done).toBeLessThan(7);
    expect(progressBar()!.getAttribute('max')).toBe('7');
    expect(progressBar()!.parentElement!.textContent).toContain(`${done} of 7 clips`);
    expect(button('export-zip').disabled).toBe(true);
    expect(button('export-backup').disabled).toBe(true);

    click('cancel-export');
    resume();
    await vi.waitFor(() => expect(statusText()).toBe('Export cancelled; nothing was downloaded.'));
    expect(downloaded).toBe(false);
    expect(page.querySelector('[data-testid="export-progress"]')).toBeNull();
    expect(button('export-zip').disabled).toBe(false);
  });

  it('shows why an export failed, and downloads nothing', async () => {
    await db.images.put({ clipId: 'clip-1', path: '../outside.png', bytes: DOG.bytes });
    const { files, download } = keepDownloads();
    await render(['clip-1'], download);
    click('export-zip');
    await vi.waitFor(() => expect(page.querySelector('[role="alert"]')?.textContent).toBe('Clip “Hello World” has an image at “../outside.png”, which would land outside its folder. Nothing was downloaded.'));
    expect(files).toEqual([]);
  });

  it('passes on the browser’s refusal to download', async () => {
    const download: DownloadExport = async (chunks) => {
      await collect(chunks);
      throw new (await import('@/utils/result')).ClipdownFailure('download-failed', 'The download of clipdown-2026-05-09.zip did not start: Invalid filename');
    };
    await render(['clip-2'], download);
    click('export-zip');
    await vi.waitFor(() => expect(page.querySelector('[role="alert"]')?.textContent).toBe('The download of clipdown-2026-05-09.zip did not start: Invalid filename Nothing was downloaded.'));
  });
});
