import { describe, expect, it } from 'vitest';
import { fromRuleDraft, overrideRow, toRuleDraft, type RuleDraft } from '@/components/options/rules/rule-draft';
import type { SiteRule } from '@/utils/site-rules/site-rule';

const FULL_RULE: SiteRule = {
  id: 'rule-news',
  name: 'City news',
  enabled: false,
  patterns: ['*://*.example.com/news/*', 'example.org'],
  contentSelector: '.story-body',
  useReadability: false,
  removeSelectors: ['.promo', 'aside.related'],
  fieldSelectors: { title: 'h1.story-title', published: 'time[datetime]' },
  frontMatter: { categories: ['新媒体', '趣头条'], comments: false, weight: 2.5, cover: null, byline: '{{author|upper}}' },
  preset: 'hexo',
  fileName: '{{title|slug}}',
  markdown: { images: 'drop', bulletMarker: '*' },
};

function draftOf(rule: Partial<SiteRule>): RuleDraft {
  return toRuleDraft({ ...FULL_RULE, ...rule });
}

describe('rule drafts', () => {
  it('turn back into the rule they were made from, every kind of override included', () => {
    expect(fromRuleDraft(toRuleDraft(FULL_RULE))).toEqual({ rule: FULL_RULE, problems: [] });
  });

  it('show lists one per line and overrides as typed rows', () => {
    const draft = toRuleDraft(FULL_RULE);
    expect(draft.patterns).toBe('*://*.example.com/news/*\nexample.org');
    expect(draft.removeSelectors).toBe('.promo\naside.related');
    expect(draft.fieldSelectors).toEqual({ title: 'h1.story-title', author: '', published: 'time[datetime]', image: '' });
    expect(draft.frontMatter.map(({ key, type, value }) => [key, type, value])).toEqual([
      ['categories', 'list', '新媒体, 趣头条'],
      ['comments', 'boolean', 'false'],
      ['weight', 'number', '2.5'],
      ['cover', 'empty', ''],
      ['byline', 'text', '{{author|upper}}'],
    ]);
    expect(new Set(draft.frontMatter.map((row) => row.uid)).size).toBe(5);
  });

  it('leave out what is left empty, skip blank lines and trim what is typed', () => {
    const draft: RuleDraft = {
      ...draftOf({}),
      name: '  City news ',
      patterns: '\n  example.com  \n\n*://news.example.org/*\n',
      contentSelector: '   ',
      removeSelectors: '',
      fieldSelectors: { title: ' ', author: '', published: '', image: '.lead img ' },
      frontMatter: [],
      preset: '',
      fileName: ' ',
      markdown: {},
    };
    const { rule, problems } = fromRuleDraft(draft);
    expect(problems).toEqual([]);
    expect(rule).toEqual({
      id: 'rule-news',
      name: 'City news',
      enabled: false,
      patterns: ['example.com', '*://news.example.org/*'],
      useReadability: false,
      removeSelectors: [],
      fieldSelectors: { image: '.lead img' },
      frontMatter: {},
      markdown: {},
    });
  });

  it('read a list typed with full-width commas or in YAML brackets', () => {
    const list = (value: string) => fromRuleDraft({ ...draftOf({}), frontMatter: [overrideRow({ key: 'categories', type: 'list', value })] }).rule.frontMatter.categories;
    expect(list('新媒体，趣头条')).toEqual(['新媒体', '趣头条']);
    expect(list('[新媒体, 趣头条]')).toEqual(['新媒体', '趣头条']);
    expect(list('one,, two ,')).toEqual(['one', 'two']);
    expect(list('')).toEqual([]);
  });

  it('say which row has no key, a key set twice, or a number that is not one, and leave those rows out', () => {
    const { rule, problems } = fromRuleDraft({
      ...draftOf({}),
      frontMatter: [
        overrideRow({ key: 'weight', type: 'number', value: '3' }),
        overrideRow({ key: '', type: 'text', value: 'orphan' }),
        overrideRow({ key: 'weight ', type: 'number', value: '4' }),
        overrideRow({ key: 'rank', type: 'number', value: 'first' }),
        overrideRow({ key: 'score', type: 'number', value: ' ' }),
      ],
    });
    expect(problems).toEqual([
      { path: 'frontMatter.1.key', message: 'Give this value a key, or remove the row' },
      { path: 'frontMatter.2.key', message: '“weight” is already set above' },
      { path: 'frontMatter.3.value', message: '“first” is not a number' },
      { path: 'frontMatter.4.value', message: '“ ” is not a number' },
    ]);
    expect(rule.frontMatter).toEqual({ weight: 3 });
  });
});
