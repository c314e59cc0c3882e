import { describe, expect, it } from 'vitest';
import { DEFAULT_MARKDOWN_OPTIONS } from '@/utils/pipeline/markdown/markdown-options';
import { builtInPreset, copyPreset } from '@/utils/pipeline/render/presets';
import { parseSettingsFile, serializeSettingsFile } from '@/utils/settings/parse-settings-file';
import { DEFAULT_SETTINGS, migrateSettings, normalizeSettings, resolvePreset, SETTINGS_VERSION, type Settings } from '@/utils/settings/settings';

/** What Clipdown 0.1 (settings version 1) stored and exported: a preset name and rules, nothing else. */
const VERSION_1 = {
  format: 'clipdown-settings',
  version: 1,
  preset: 'hexo',
  rules: [
    { id: 'r1', name: 'news', enabled: false, patterns: ['example.com', '*://*.example.cn/news/*'], contentSelector: '.post', removeSelectors: ['.ad'], frontMatter: { categories: ['新媒体'], comments: false } },
    { name: 'blog', patterns: ['blog.example.org'], removeSelectors: [], frontMatter: {} },
  ],
};

/** Version 1's rules as this version reads them: every field kept, an id where one was missing, the new fields' defaults. */
const VERSION_1_RULES_NOW = [
  { ...VERSION_1.rules[0], useReadability: true, fieldSelectors: {}, markdown: {} },
  { ...VERSION_1.rules[1], id: expect.stringMatching(/^rule-[0-9a-f-]{36}$/), enabled: true, useReadability: true, fieldSelectors: {}, markdown: {} },
];

const myHexo = { ...copyPreset(builtInPreset('hexo'), { id: 'my-hexo', name: 'My Hexo' }), fileName: '{{title}}' };

describe('settings files', () => {
  it('upgrades a version-1 file without losing anything it held', () => {
    const result = parseSettingsFile(JSON.stringify(VERSION_1));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { format: _f, version: _v, ...v1 } = VERSION_1;
    expect(result.value).toEqual({ ...v1, rules: VERSION_1_RULES_NOW, presets: [], markdown: DEFAULT_MARKDOWN_OPTIONS });
  });

  it('reads back exactly what it exported: own presets, Markdown options, rules', () => {
    const settings: Settings = {
      preset: 'my-hexo',
      presets: [myHexo],
      markdown: { ...DEFAULT_MARKDOWN_OPTIONS, bulletMarker: '*', images: 'local' },
      rules: normalizeSettings(VERSION_1).rules,
    };
    const text = serializeSettingsFile(settings);
    expect(JSON.parse(text)).toMatchObject({ format: 'clipdown-settings', version: SETTINGS_VERSION });
    expect(parseSettingsFile(text)).toEqual({ ok: true, value: settings });
  });

  it('rejects broken JSON and invalid content with every problem named', () => {
    const broken = parseSettingsFile('{ "rules": [ ');
    expect(broken.ok).toBe(false);
    if (!broken.ok) expect(broken.error.message).toMatch(/not valid JSON/);

    const invalid = parseSettingsFile(JSON.stringify({
      preset: 'nope',
      markdown: { bulletMarker: '>' },
      presets: [{ ...myHexo, fields: [{ key: 'title', value: '{{titel}}', type: 'text' }] }],
      rules: [{ name: 'x', patterns: [] }, { patterns: ['a.com'], frontMatter: { n: { deep: 1 } } }],
    }));
    expect(invalid.ok).toBe(false);
    if (!invalid.ok) {
      expect(invalid.error.message).toMatch(/markdown\.bulletMarker/);
      expect(invalid.error.message).toMatch(/presets\.0\.fields\.0\.value: .*titel/);
      expect(invalid.error.message).toMatch(/rules\.0\.patterns/);
      expect(invalid.error.message).toMatch(/rules\.1\.frontMatter\.n/);
    }
  });

  it('refuses a chosen preset that does not exist', () => {
    const result = parseSettingsFile(JSON.stringify({ preset: 'nope' }));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toMatch(/preset: no preset has the id “nope”/);
  });

  it('refuses an own preset that takes a built-in preset’s id', () => {
    const result = parseSettingsFile(JSON.stringify({ presets: [{ ...myHexo, id: 'hexo' }] }));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toMatch(/presets\.0\.id: the id “hexo” is already taken/);
  });

  it('rejects files written by a newer Clipdown instead of misreading them', () => {
    const result = parseSettingsFile(JSON.stringify({ version: 99, rules: [] }));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toMatch(/newer Clipdown/);
  });
});

describe('migrations', () => {
  it('bring a stored version-1 object up to the current shape, which then reads as it was meant', () => {
    const { format: _f, version: _v, ...stored } = VERSION_1;
    const migrated = migrateSettings(stored, 1);
    expect(migrated).toEqual({ ...stored, rules: [stored.rules[0], { ...stored.rules[1], id: expect.stringMatching(/^rule-/) }], presets: [], markdown: DEFAULT_MARKDOWN_OPTIONS });
    const read = normalizeSettings(migrated);
    expect(read).toEqual({ ...stored, rules: VERSION_1_RULES_NOW, presets: [], markdown: DEFAULT_MARKDOWN_OPTIONS });
    // The id given by the migration is stored, so it stays the same from one read to the next.
    expect(normalizeSettings(migrated).rules[1]!.id).toBe(read.rules[1]!.id);
  });

  it('leave current settings alone', () => {
    const current = { preset: 'default', presets: [], markdown: DEFAULT_MARKDOWN_OPTIONS, rules: [] };
    expect(migrateSettings(current, SETTINGS_VERSION)).toEqual(current);
  });
});

describe('normalizeSettings', () => {
  it('fills what a partial or empty stored object lacks', () => {
    expect(normalizeSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(normalizeSettings({ preset: 'hexo' })).toEqual({ ...DEFAULT_SETTINGS, preset: 'hexo' });
    expect(normalizeSettings({ markdown: { codeFence: '~~~' } }).markdown).toEqual({ ...DEFAULT_MARKDOWN_OPTIONS, codeFence: '~~~' });
  });

  it('keeps valid rules and presets usable when one stored item is broken', () => {
    const settings = normalizeSettings({ rules: [{ patterns: ['a.com'] }, { patterns: 'oops' }], presets: [myHexo, { id: 'x' }], preset: 'my-hexo' });
    expect(settings.rules).toHaveLength(1);
    expect(settings.rules[0]?.patterns).toEqual(['a.com']);
    expect(settings.presets).toEqual([myHexo]);
    expect(settings.preset).toBe('my-hexo');
  });

  it('falls back to the default preset when the chosen one is gone', () => {
    expect(normalizeSettings({ preset: 'deleted-one' }).preset).toBe('default');
  });
});

describe('resolvePreset', () => {
  it('finds the user’s own presets and the built-in ones, and falls back to default', () => {
    expect(resolvePreset({ presets: [myHexo] }, 'my-hexo')).toBe(myHexo);
    expect(resolvePreset({ presets: [] }, 'jekyll').id).toBe('jekyll');
    expect(resolvePreset({ presets: [] }, 'gone').id).toBe('default');
  });
});
