import { describe, expect, it } from 'vitest';
import { parseSettingsFile } from '@/utils/settings/parse-settings-file';
import { DEFAULT_SETTINGS, normalizeSettings } from '@/utils/settings/settings';

describe('settings files', () => {
  it('reads an exported settings file with rules', () => {
    const result = parseSettingsFile(
      JSON.stringify({
        format: 'clipdown-settings',
        version: 1,
        preset: 'hexo',
        rules: [{ name: 'news', patterns: ['example.com'], contentSelector: '.post', removeSelectors: ['.ad'], frontMatter: { categories: ['新媒体'], comments: false } }],
      }),
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.preset).toBe('hexo');
    expect(result.value.rules[0]).toMatchObject({ name: 'news', enabled: true, contentSelector: '.post', frontMatter: { categories: ['新媒体'] } });
  });

  it('rejects broken JSON and invalid rules with every problem named', () => {
    const broken = parseSettingsFile('{ "rules": [ ');
    expect(broken.ok).toBe(false);
    if (!broken.ok) expect(broken.error.message).toMatch(/not valid JSON/);

    const invalid = parseSettingsFile(JSON.stringify({ preset: 'nope', rules: [{ name: 'x', patterns: [] }, { patterns: ['a.com'], frontMatter: { n: { deep: 1 } } }] }));
    expect(invalid.ok).toBe(false);
    if (!invalid.ok) {
      expect(invalid.error.message).toMatch(/preset/);
      expect(invalid.error.message).toMatch(/rules\.0\.patterns/);
      expect(invalid.error.message).toMatch(/rules\.1\.frontMatter\.n/);
    }
  });

  it('rejects files written by a newer Clipdown instead of misreading them', () => {
    const result = parseSettingsFile(JSON.stringify({ version: 99, rules: [] }));
    expect(result.ok).toBe(false);
  });
});

describe('normalizeSettings', () => {
  it('fills what a partial or empty stored object lacks', () => {
    expect(normalizeSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(normalizeSettings({ preset: 'hexo' })).toEqual({ preset: 'hexo', rules: [] });
  });

  it('keeps valid rules usable when one stored rule is broken', () => {
    const settings = normalizeSettings({ rules: [{ patterns: ['a.com'] }, { patterns: 'oops' }] });
    expect(settings.rules).toHaveLength(1);
    expect(settings.rules[0]?.patterns).toEqual(['a.com']);
  });
});
