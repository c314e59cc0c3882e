// The options page in the real built extension, typed into as a user would: copy a preset, get a
// clear error for an unknown filter (and nothing saved), fix it, see the preview follow, clip a page
// with it from the toolbar; Markdown options with their sample and the image permission; settings
// files refused whole, exported and imported.
import { copyFileSync } from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  clickToolbarButton,
  extensionDir,
  launchWithExtension,
  openExtensionPage,
  readExtensionStorage,
  REPO_ROOT,
  serveDirectory,
  waitForDownload,
  type Harness,
  type StaticServer,
} from './support';
import { builtInPreset, type Preset } from '../../utils/pipeline/render/presets';
import { renderClip } from '../../utils/pipeline/render/render-clip';
import { SAMPLE_PAGE } from '../../utils/pipeline/template/sample-page';
import { parseSettingsFile } from '../../utils/settings/parse-settings-file';
import type { Settings } from '../../utils/settings/settings';

const FIXTURES = path.join(REPO_ROOT, 'tests/fixtures/pages');
const SCREENSHOT = path.join(REPO_ROOT, '.output/e2e/options.png');
const CLIP_TITLE = '漳州开发区:一鼓作气';
const COPY_ID = 'hexo-copy';
const COPY_NAME = 'My Hexo';
/**
 * After an edit that must not be saved, how long to wait before reading storage: a wrongly issued
 * write (read-merge-write through chrome.storage) lands within a few milliseconds.
 */
const SETTLE_MS = 300;

let harness: Harness;
let server: StaticServer;
let tab: Page;
let options: Page;

beforeAll(async () => {
  server = await serveDirectory(FIXTURES);
  harness = await launchWithExtension({ extensionDir: extensionDir() });
  tab = await harness.firstPage();
  options = await openOptions(await openExtensionPage(harness, 'options.html'));
});

afterAll(async () => {
  await harness?.close();
  await server?.close();
});

async function openOptions(page: Page): Promise<Page> {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.getByRole('heading', { name: 'Templates', level: 2 }).waitFor();
  return page;
}

async function stored(): Promise<Settings> {
  return (await readExtensionStorage(options)).settings as Settings;
}

async function ownPreset(): Promise<Preset | undefined> {
  return (await stored()).presets.find((preset) => preset.id === COPY_ID);
}

/** The text of whatever the control points at with aria-describedby: its problems. */
async function description(control: Locator): Promise<string | null> {
  const ids = await control.getAttribute('aria-describedby');
  if (!ids) return null;
  return options.evaluate((list) => list.split(' ').map((id) => document.getElementById(id)?.textContent ?? '').join(' '), ids);
}

const preview = () => options.getByRole('region', { name: 'Preview' });
const markdownSample = () => options.getByTestId('markdown-sample');

describe('the options page', () => {
  it('checks a copied preset as it is typed, previews it, and the popup clips with it', async () => {
    await options.getByRole('button', { name: 'Copy to edit: Hexo' }).click();
    await expect.poll(async () => (await ownPreset())?.name).toBe('Hexo (copy)');

    const name = options.getByRole('textbox', { name: 'Name', exact: true });
    await name.fill(COPY_NAME);
    await expect.poll(async () => (await ownPreset())?.name).toBe(COPY_NAME);
    expect(await options.getByRole('radio', { name: COPY_NAME, exact: true }).count()).toBe(1);

    await options.getByRole('button', { name: 'Add field' }).click();
    const key = options.getByLabel('Key of field 8');
    expect(await key.evaluate((el) => el === document.activeElement)).toBe(true);
    await key.pressSequentially('headline');
    const value = options.getByLabel('Value of field 8');
    await value.pressSequentially('{{title}}');
    await expect.poll(async () => (await ownPreset())?.fields.at(-1)).toEqual({ key: 'headline', value: '{{title}}', type: 'text' });
    const before = await stored();

    // An unknown filter typed in before the closing braces. On the way, `{{title|slug}}` is valid and
    // saved; every later keystroke is invalid, so that is the version storage must keep.
    await value.press('End');
    await value.press('ArrowLeft');
    await value.press('ArrowLeft');
    await value.pressSequentially('|slugify');
    expect(await value.inputValue()).toBe('{{title|slugify}}');
    await options.getByRole('alert').filter({ hasText: 'slugify' }).waitFor();
    expect(await value.getAttribute('aria-invalid')).toBe('true');
    expect(await description(value)).toContain('Unknown filter "slugify" — did you mean "slug"?');
    expect(await preview().getByRole('status').textContent()).toMatch(/last version that worked/);
    await options.waitForTimeout(SETTLE_MS);
    expect(await stored()).toEqual(withLastFieldValue(before, '{{title|slug}}'));

    // Fixed in place: "slugify" out, "upper" in.
    for (let i = 0; i < 'slugify'.length; i++) await value.press('Backspace');
    await value.pressSequentially('upper');
    await expect.poll(async () => (await ownPreset())?.fields.at(-1)?.value).toBe('{{title|upper}}');
    expect(await value.getAttribute('aria-invalid')).toBeNull();
    expect(await description(value)).toBeNull();
    expect(await preview().getByRole('status').count()).toBe(0);
    const expected = renderClip(SAMPLE_PAGE, { preset: (await ownPreset())!, clippedAt: new Date() });
    expect(await preview().getByTestId('preview-file').textContent()).toBe(expected.markdown);
    expect(await preview().getByTestId('preview-filename').textContent()).toBe(expected.filename);
    expect(expected.markdown).toContain(`headline: ${SAMPLE_PAGE.metadata.title.toUpperCase()}\n`);

    await options.getByRole('radio', { name: COPY_NAME, exact: true }).check();
    await expect.poll(async () => (await stored()).preset).toBe(COPY_ID);
    // The templates section, not the top of the page: site rules come first and have screenshots of their own.
    await options.evaluate(() => document.getElementById('templates')?.scrollIntoView());
    await options.screenshot({ path: SCREENSHOT });
    if (process.env.CLIPDOWN_UPDATE_SCREENSHOTS) copyFileSync(SCREENSHOT, path.join(REPO_ROOT, 'docs/options.png'));

    // Chrome focuses an open options tab instead of opening one: close it, so the popup's button must open it.
    await options.close();
    await tab.goto(server.url('/seed-004-news/source.html'));
    const popup = await clickToolbarButton(harness, tab);
    await popup.waitFor(`!!document.querySelector('input[name=headline]') || !!document.querySelector('[data-status=error]')`, 15_000);
    expect(await popup.evaluate(`document.querySelector('select[name=preset]').value`)).toBe(COPY_ID);
    const keys = await popup.evaluate<string[]>(`[...document.querySelectorAll('.fields [name]')].map((input) => input.name)`);
    expect(keys).toEqual([...builtInPreset('hexo').fields.map((field) => field.key), 'headline']);
    expect(await popup.evaluate(`document.querySelector('input[name=headline]').value`)).toBe(CLIP_TITLE.toUpperCase());

    const opened = harness.context.waitForEvent('page', { timeout: 10_000 });
    await popup.click('button[data-action=options]');
    options = await opened;
    expect(options.url()).toBe(`chrome-extension://${harness.extensionId}/options.html`);
    await openOptions(options);
    await popup.close();
  });

  it('saves each Markdown option on change and converts the sample with it', async () => {
    await options.getByLabel('Bullet marker').selectOption('*');
    await expect.poll(async () => (await stored()).markdown.bulletMarker).toBe('*');
    expect(await markdownSample().textContent()).toContain('\n* Container terminal\n* Ferry pier\n');

    await options.getByLabel('Links').selectOption('reference');
    await expect.poll(async () => (await stored()).markdown.linkStyle).toBe('reference');
    expect(await markdownSample().textContent()).toMatch(/\[port authority\]\[1\][\s\S]*\n\[1\]: https:\/\/news\.example\.com\/authority$/);
  });

  it('asks for access to all sites before downloading or embedding images, and keeps the old choice when refused', async () => {
    // Headless Chromium cannot show the permission prompt (the request waits forever): answer it here.
    const answerPrompt = (granted: boolean) =>
      options.evaluate((answer) => {
        const namespaces = [(globalThis as any).chrome, (globalThis as any).browser];
        for (const api of namespaces) if (api?.permissions) api.permissions.request = async () => answer;
      }, granted);
    const mode = (label: RegExp) => options.getByRole('radio', { name: label });

    await answerPrompt(false);
    await mode(/^Embed as data URI/).click();
    const refusal = options.getByRole('alert').filter({ hasText: 'not allowed to read images' });
    await refusal.waitFor();
    expect(await refusal.textContent()).toContain('images stay “Keep remote URL”');
    expect(await mode(/^Keep remote URL/).isChecked()).toBe(true);
    await options.waitForTimeout(SETTLE_MS);
    expect((await stored()).markdown.images).toBe('remote');

    await answerPrompt(true);
    await mode(/^Download into assets/).click();
    await expect.poll(async () => (await stored()).markdown.images).toBe('local');
    expect(await refusal.count()).toBe(0);
  });

  it('deletes a preset of your own with undo, and new clips fall back to Default meanwhile', async () => {
    const before = await stored();
    await options.getByRole('button', { name: `Delete ${COPY_NAME}` }).click();
    await expect.poll(async () => (await stored()).presets).toEqual([]);
    expect((await stored()).preset).toBe('default');
    const notice = options.getByText(`Deleted “${COPY_NAME}”.`);
    expect(await notice.textContent()).toContain('New clips use Default again.');

    await notice.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(stored).toEqual(before);
    expect(await options.getByRole('radio', { name: COPY_NAME, exact: true }).isChecked()).toBe(true);
    expect(await options.getByRole('textbox', { name: 'Name', exact: true }).inputValue()).toBe(COPY_NAME);
  });

  it('refuses a settings file with problems, listing each, and changes nothing', async () => {
    const before = await stored();
    const broken = {
      format: 'clipdown-settings',
      version: 2,
      preset: 'hexo',
      presets: [{ id: 'mine', name: 'Mine', fields: [{ key: 'title', value: '{{titel}}', type: 'text' }] }],
      markdown: { bulletMarker: '•' },
      rules: [{ name: 'No patterns', patterns: [] }],
    };
    await importFile('broken.json', JSON.stringify(broken));
    const refusal = options.getByRole('alert').filter({ hasText: 'was not imported' });
    await refusal.waitFor();
    expect(await refusal.getByRole('listitem').allTextContents()).toEqual([
      'presets.0.fields.0.value: Unknown variable "titel" — did you mean "title"?',
      expect.stringMatching(/^markdown\.bulletMarker: /),
      expect.stringMatching(/^rules\.0\.patterns: /),
    ]);
    await options.waitForTimeout(SETTLE_MS);
    expect(await stored()).toEqual(before);
  });

  it('exports the stored settings and imports a file in their place, with undo', async () => {
    const before = await stored();
    await options.getByRole('button', { name: 'Export settings' }).click();
    const file = await waitForDownload(harness.downloadsDir, { name: /^clipdown-settings-\d{4}-\d{2}-\d{2}\.json$/, timeoutMs: 10_000 });
    expect(parseSettingsFile(file.content)).toEqual({ ok: true, value: before });

    await importFile(file.name, JSON.stringify({ ...JSON.parse(file.content), preset: 'hugo', presets: [] }));
    const notice = options.getByText(/^Imported clipdown-settings/);
    await notice.waitFor();
    expect(await notice.textContent()).toContain('0 presets of your own, 0 site rules and the Markdown options; new clips use “Hugo”');
    await expect.poll(async () => (await stored()).preset).toBe('hugo');
    expect((await stored()).presets).toEqual([]);
    expect(await options.getByRole('radio', { name: COPY_NAME, exact: true }).count()).toBe(0);

    await notice.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(stored).toEqual(before);
    expect(await options.getByRole('radio', { name: COPY_NAME, exact: true }).isChecked()).toBe(true);
  });
});

/** `settings` with the last field of our preset set to `value`. */
function withLastFieldValue(settings: Settings, value: string): Settings {
  const presets = settings.presets.map((preset) =>
    preset.id === COPY_ID ? { ...preset, fields: preset.fields.map((field, i, all) => (i === all.length - 1 ? { ...field, value } : field)) } : preset,
  );
  return { ...settings, presets };
}

async function importFile(name: string, content: string): Promise<void> {
  await options.getByLabel('Import settings from a file').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(content) });
}
