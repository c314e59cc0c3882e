import { describe, expect, it } from 'vitest';
import { builtInPreset, type Preset } from '@/utils/pipeline/render/presets';
import { siteRuleProblems } from '@/utils/site-rules/rule-problems';
import { siteRuleSchema, type SiteRule } from '@/utils/site-rules/site-rule';
import { documentFrom } from '../../support/dom';

const doc = documentFrom('<p>x</p>');
const myPreset: Preset = { ...builtInPreset('hexo'), id: 'my-blog', name: 'My blog' };
const context = { presets: [myPreset], doc };

const draft = (fields: Partial<SiteRule>): SiteRule => ({ ...siteRuleSchema.parse({ patterns: ['example.com'] }), ...fields });
const problems = (fields: Partial<SiteRule>) => siteRuleProblems(draft(fields), context);
const paths = (fields: Partial<SiteRule>) => problems(fields).map((p) => p.path);

describe('siteRuleProblems', () => {
  it('finds nothing wrong with a complete, valid rule', () => {
    expect(
      problems({
        patterns: ['*://*.example.com/news/*', 'example.org'],
        contentSelector: 'article .body',
        useReadability: false,
        removeSelectors: ['.ad', 'aside'],
        fieldSelectors: { title: 'h1.headline', author: '.byline a', published: 'time[datetime]', image: 'meta[property="og:image"]' },
        frontMatter: { categories: ['新媒体', '{{site}}'], comments: false, summary: '{{excerpt|trim}}', rating: 3, note: null },
        preset: 'my-blog',
        fileName: '{{title|slug}}',
      }),
    ).toEqual([]);
  });

  it('asks for a pattern when there is none, and files a bad one under its index', () => {
    expect(problems({ patterns: [] })).toEqual([{ path: 'patterns', message: 'A rule needs at least one URL pattern' }]);
    const found = problems({ patterns: ['example.com', 'gopher://example.com/*', '*://exa*mple.com/*'] });
    expect(found.map((p) => p.path)).toEqual(['patterns.1', 'patterns.2']);
    expect(found[0]!.message).toMatch(/^Unsupported scheme/);
    expect(found[1]!.message).toMatch(/may only start the host/);
  });

  it('files invalid selectors under their field', () => {
    const found = problems({
      contentSelector: 'div[',
      removeSelectors: ['.ok', 'a >'],
      fieldSelectors: { title: 'h1', author: '##by', published: '   ', image: '::bogus' },
    });
    expect(found.map((p) => p.path)).toEqual(['contentSelector', 'removeSelectors.1', 'fieldSelectors.author', 'fieldSelectors.image']);
    expect(found[0]!.message).toBe('Not a valid CSS selector');
  });

  it('says turning Readability off needs a content selector', () => {
    expect(paths({ useReadability: false })).toEqual(['useReadability']);
    expect(paths({ useReadability: false, contentSelector: '  ' })).toEqual(['useReadability']);
    expect(problems({ useReadability: false })[0]!.message).toMatch(/needs a content selector/);
    expect(paths({ useReadability: false, contentSelector: 'main' })).toEqual([]);
  });

  it('rejects front-matter keys YAML would misread', () => {
    const found = problems({ frontMatter: { '': 'x', '  ': 'x', 'a\nb': 'x', 'key: value': 'x', 'ends:': 'x', 'a #b': 'x', 'fine key': 'x', 'url:path': 'x' } });
    expect(found.map((p) => p.path)).toEqual(['frontMatter.', 'frontMatter.  ', 'frontMatter.a\nb', 'frontMatter.key: value', 'frontMatter.ends:', 'frontMatter.a #b']);
    expect(found[0]!.message).toBe('A front-matter key cannot be empty');
    expect(found[2]!.message).toMatch(/line break/);
  });

  it('checks templates in string values and in list items that hold "{{", like the renderer', () => {
    const found = problems({ frontMatter: { summary: '{{titel}}', tags: ['plain }} text', '{{site|upcase}}'], literal: 'no template }}' } });
    expect(found).toEqual([
      { path: 'frontMatter.summary', message: 'Unknown variable "titel" — did you mean "title"?' },
      { path: 'frontMatter.tags', message: expect.stringMatching(/^Item 2: Unknown filter "upcase"/) },
    ]);
  });

  it('checks the file name template and the preset id', () => {
    expect(paths({ fileName: '{{title|slug' })).toEqual(['fileName']);
    expect(problems({ preset: 'nope' })).toEqual([{ path: 'preset', message: 'No preset has the id “nope”' }]);
    expect(paths({ preset: 'hugo' })).toEqual([]);
    expect(siteRuleProblems(draft({ preset: 'my-blog' }), { presets: [], doc }).map((p) => p.path)).toEqual(['preset']);
  });
});
