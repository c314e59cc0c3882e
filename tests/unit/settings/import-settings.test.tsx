// @vitest-environment jsdom
// The options page's import as it runs: the backup section choosing a file, the page's stored-settings
// hook writing it, WXT's storage over the fake browser.
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { BackupSection } from '@/components/options/BackupSection';
import { useStoredSettings } from '@/entrypoints/options/use-stored-settings';
import { DEFAULT_MARKDOWN_OPTIONS } from '@/utils/pipeline/markdown/markdown-options';
import { serializeSettingsFile } from '@/utils/settings/parse-settings-file';
import { normalizeSettings, type Settings } from '@/utils/settings/settings';
import { readSettings, replaceSettings } from '@/utils/settings/settings-item';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

function OptionsBackup() {
  const { settings, replace } = useStoredSettings();
  return settings && <BackupSection settings={settings} onExport={() => undefined} onImport={replace} />;
}

const STORED: Settings = normalizeSettings({
  preset: 'hexo',
  markdown: { ...DEFAULT_MARKDOWN_OPTIONS, bulletMarker: '*' },
  rules: [{ id: 'r1', name: 'news', patterns: ['example.com'], contentSelector: '.post' }],
});

let root: Root;
let page: HTMLElement;

beforeEach(async () => {
  fakeBrowser.reset();
  await replaceSettings(STORED);
  page = document.body.appendChild(document.createElement('div'));
  root = createRoot(page);
  await act(async () => root.render(<OptionsBackup />));
  await vi.waitFor(() => expect(page.querySelector('input[type=file]')).not.toBeNull());
});

afterEach(() => {
  act(() => root.unmount());
  page.remove();
});

async function everythingStored() {
  return { local: await fakeBrowser.storage.local.get(null), sync: await fakeBrowser.storage.sync.get(null) };
}

async function importFile(name: string, content: string): Promise<void> {
  const input = page.querySelector<HTMLInputElement>('input[type=file]')!;
  Object.defineProperty(input, 'files', { value: [new File([content], name, { type: 'application/json' })], configurable: true });
  await act(async () => input.dispatchEvent(new Event('change', { bubbles: true })));
}

describe('importing a settings file in the options page', () => {
  it('leaves stored settings exactly as they were when the file is broken JSON, and says so', async () => {
    const before = await everythingStored();
    await importFile('cut-short.json', '{ "format": "clipdown-settings", "rules": [ { "patterns": [');
    await vi.waitFor(() => expect(page.textContent).toContain('cut-short.json was not imported, and nothing changed.'));
    expect(page.textContent).toMatch(/not valid JSON/);
    expect(await everythingStored()).toEqual(before);
  });

  it('leaves them exactly as they were when one part of a well-formed file is invalid, listing each problem', async () => {
    const before = await everythingStored();
    const file = { format: 'clipdown-settings', version: 3, preset: 'jekyll', rules: [{ name: 'ok', patterns: ['a.com'] }, { name: 'bad', patterns: [] }], markdown: { bulletMarker: '•' } };
    await importFile('half-good.json', JSON.stringify(file));
    await vi.waitFor(() => expect(page.textContent).toContain('half-good.json was not imported'));
    const problems = [...page.querySelectorAll('.import-problems li')].map((item) => item.textContent);
    expect(problems).toEqual([expect.stringMatching(/^markdown\.bulletMarker: /), expect.stringMatching(/^rules\.1\.patterns: /)]);
    expect(await everythingStored()).toEqual(before);
  });

  it('replaces them with a valid file in one write', async () => {
    const imported = normalizeSettings({ preset: 'jekyll', rules: [{ id: 'r9', patterns: ['other.org'], removeSelectors: ['.nav'] }] });
    const writes = vi.spyOn(fakeBrowser.storage.sync, 'set');
    await importFile('mine.json', serializeSettingsFile(imported));
    await vi.waitFor(() => expect(page.textContent).toContain('Imported mine.json'));
    await vi.waitFor(async () => expect(await readSettings()).toEqual(imported));
    expect(writes).toHaveBeenCalledTimes(1);
  });
});
