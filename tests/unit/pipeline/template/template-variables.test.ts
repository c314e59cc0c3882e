import { describe, expect, it } from 'vitest';
import type { ClippedPage } from '@/utils/pipeline/clipped-page';
import { TEMPLATE_FILTERS } from '@/utils/pipeline/template/filters';
import { checkTemplate } from '@/utils/pipeline/template/parse-template';
import { SAMPLE_PAGE } from '@/utils/pipeline/template/sample-page';
import { TEMPLATE_VARIABLES, templateVariables, VARIABLE_NAMES } from '@/utils/pipeline/template/template-variables';

const clock = { clippedAt: new Date('2026-11-23T11:40:05Z'), offsetMinutes: 480 };

function page(metadata: Partial<ClippedPage['metadata']> = {}, rest: Partial<ClippedPage> = {}): ClippedPage {
  return { ...SAMPLE_PAGE, ...rest, metadata: { ...SAMPLE_PAGE.metadata, ...metadata } };
}

describe('templateVariables', () => {
  it('takes every variable from the clipped page', () => {
    const vars = templateVariables(SAMPLE_PAGE, clock);
    expect(vars).toMatchObject({
      title: SAMPLE_PAGE.metadata.title,
      url: 'https://news.example.com/2024/09/27/port.html?from=home',
      canonical: 'https://news.example.com/2024/09/27/port.html',
      domain: 'news.example.com',
      site: '漳州新闻网',
      author: '林洁',
      published: '2024-09-27T10:30:00+08:00',
      clipped: '2026-11-23T19:40:05+08:00',
      lang: 'zh-CN',
      image: 'https://example.com/images/port.jpg',
      tags: ['漳州', '港口', 'shipping'],
      keywords: ['漳州', '港口', 'shipping'],
      categories: ['经济'],
      content: SAMPLE_PAGE.body,
      selection: SAMPLE_PAGE.selection,
    });
    expect(vars.meta['og:type']).toBe('article');
  });

  it('has a value for every variable the help lists, and nothing the help does not', () => {
    const vars = templateVariables(SAMPLE_PAGE, clock);
    expect(Object.keys(vars).sort()).toEqual([...VARIABLE_NAMES, 'meta'].sort());
  });

  it('counts words in the article text, Chinese characters one each, and the minutes to read them', () => {
    const vars = templateVariables(page({}, { text: `${'字'.repeat(600)} ${'word '.repeat(238)}` }), clock);
    expect(vars.wordCount).toBe(838);
    expect(vars.readingTime).toBe(3);
  });

  it('clip time in the user’s offset; domain without www.; no section, no categories', () => {
    const vars = templateVariables(page({ url: 'https://www.example.org/x', meta: {} }), { clippedAt: clock.clippedAt, offsetMinutes: -300 });
    expect(vars.clipped).toBe('2026-11-23T06:40:05-05:00');
    expect(vars.domain).toBe('example.org');
    expect(vars.categories).toEqual([]);
    expect(templateVariables(page({ url: 'not a url' }), clock).domain).toBeNull();
  });

  it('hands out copies of lists, so editing a clip cannot change the page', () => {
    const source = page({ keywords: ['a'] });
    const vars = templateVariables(source, clock);
    (vars.tags as string[]).push('b');
    expect(source.metadata.keywords).toEqual(['a']);
  });
});

describe('the help lists', () => {
  it('name only variables and filters that templates accept, each with a description', () => {
    for (const { name, description } of TEMPLATE_VARIABLES) {
      expect(checkTemplate(`{{${name.replace('<name>', 'og:type')}}}`), name).toEqual([]);
      expect(description.length).toBeGreaterThan(10);
    }
    for (const { name, syntax, description } of TEMPLATE_FILTERS) {
      expect(syntax.startsWith(name)).toBe(true);
      expect(checkTemplate(`{{title|${syntax}}}`), syntax).toEqual([]);
      expect(description.length).toBeGreaterThan(5);
    }
  });
});
