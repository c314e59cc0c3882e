import { describe, expect, it } from 'vitest';
import { builtInPreset, type Preset } from '@/utils/pipeline/render/presets';
import { buildClip, createClipContext, rebuildClip, renderClip } from '@/utils/pipeline/render/render-clip';
import { ClipdownFailure } from '@/utils/result';
import { clippedPage as page, frontMatterOf } from './clipped-page';

const clippedAt = new Date('2026-11-23T11:40:05Z');
const hexo = builtInPreset('hexo');
const defaultPreset = builtInPreset('default');

describe('renderClip', () => {
  it('default preset: title, source, author, published, clipped, site, tags, image in that order', () => {
    const clip = renderClip(page({ keywords: ['port', '漳州'] }), { preset: defaultPreset, clippedAt, offsetMinutes: 480 });
    const fm = frontMatterOf(clip.markdown);
    expect(Object.keys(fm)).toEqual(['title', 'source', 'author', 'published', 'clipped', 'site', 'tags', 'image']);
    expect(fm).toEqual({
      title: 'A title',
      source: 'https://example.com/a',
      author: 'Jane Doe',
      published: '2024-09-27T10:30:00+08:00',
      clipped: '2026-11-23T19:40:05+08:00',
      site: 'Example News',
      tags: ['port', '漳州'],
      image: 'https://example.com/lead.jpg',
    });
    expect(clip.frontMatter).toEqual(fm);
    expect(clip.markdown.endsWith('\n\nFirst paragraph.\n\nSecond paragraph.\n')).toBe(true);
  });

  it('hexo preset: exactly the keys of a published Hexo post, lead image in headimg and thumbnail', () => {
    const fm = frontMatterOf(renderClip(page(), { preset: hexo, clippedAt }).markdown);
    expect(Object.keys(fm)).toEqual(['title', 'categories', 'headimg', 'author', 'comments', 'date', 'thumbnail']);
    expect(fm).toMatchObject({ categories: [], headimg: 'https://example.com/lead.jpg', thumbnail: 'https://example.com/lead.jpg', comments: false, date: '2024-09-27T10:30:00+08:00' });
  });

  it('hexo preset falls back to the site name for author and the clip time for date', () => {
    const fm = frontMatterOf(renderClip(page({ author: null, published: null }), { preset: hexo, clippedAt, offsetMinutes: 0 }).markdown);
    expect(fm.author).toBe('Example News');
    expect(fm.date).toBe('2026-11-23T11:40:05Z');
  });

  it('applies rule overrides on top of the preset, keeping the preset key order', () => {
    const overrides = { categories: ['新媒体', '趣头条'], author: '趣头条', extra: 'yes' };
    const fm = frontMatterOf(renderClip(page({}, { frontMatterOverrides: overrides }), { preset: hexo, clippedAt }).markdown);
    expect(Object.keys(fm)).toEqual(['title', 'categories', 'headimg', 'author', 'comments', 'date', 'thumbnail', 'extra']);
    expect(fm).toMatchObject({ categories: ['新媒体', '趣头条'], author: '趣头条', extra: 'yes' });
  });

  it('gives overrides of preset keys the field’s type', () => {
    const overrides = { categories: '新媒体、趣头条', comments: 'yes', date: 'Fri, 25 Mar 2022 02:18:31 GMT' };
    const fm = frontMatterOf(renderClip(page({}, { frontMatterOverrides: overrides }), { preset: hexo, clippedAt }).markdown);
    expect(fm).toMatchObject({ categories: ['新媒体', '趣头条'], comments: true, date: '2022-03-25T02:18:31Z' });
  });

  it('renders an override that holds "{{" as a template, keeping a lone expression’s type', () => {
    const overrides = { categories: '{{meta:article:section}}', extra: 'By {{author|upper}}', words: '{{wordCount}}' };
    const clip = renderClip(page({ meta: { 'article:section': '经济' } }, { frontMatterOverrides: overrides }), { preset: hexo, clippedAt });
    expect(frontMatterOf(clip.markdown)).toMatchObject({ categories: ['经济'], extra: 'By JANE DOE', words: 4 });
  });

  it('renders list items that hold "{{" as templates: a list value adds its items, an empty one none', () => {
    const overrides = { categories: ['新媒体', '{{site}}', '{{tags}}', '{{excerpt}}', 'plain }} text'] };
    const clip = renderClip(page({ keywords: ['经济', '科技'], excerpt: null }, { frontMatterOverrides: overrides }), { preset: hexo, clippedAt });
    expect(frontMatterOf(clip.markdown).categories).toEqual(['新媒体', 'Example News', '经济', '科技', 'plain }} text']);
  });

  it('says which rule and key hold a broken template in a list item', () => {
    const broken = page({}, { rule: { id: 'r1', name: 'Example news' }, frontMatterOverrides: { categories: ['ok', '{{sit}}'] } });
    expect(() => renderClip(broken, { preset: hexo, clippedAt })).toThrow(/^Site rule “Example news”, front-matter “categories”: Unknown variable "sit"/);
  });

  it('says which rule and key hold a broken override template, instead of writing it out', () => {
    const broken = page({}, { rule: { id: 'r1', name: 'Example news' }, frontMatterOverrides: { author: '{{athor}}' } });
    expect(() => renderClip(broken, { preset: hexo, clippedAt })).toThrow(ClipdownFailure);
    expect(() => renderClip(broken, { preset: hexo, clippedAt })).toThrow('Site rule “Example news”, front-matter “author”: Unknown variable "athor" — did you mean "author"?');
  });

  it('writes any title as valid YAML that reads back unchanged', () => {
    const titles = ['Breaking: "quotes" & #hash', '- leading dash', '---', 'multi\nline', "it's: 'tricky'", '2024', 'true', 'yes', '@at', '漳州开发区:一鼓作气', '  padded  '];
    for (const title of titles) {
      const { markdown } = renderClip(page({ title }), { preset: defaultPreset, clippedAt });
      expect(frontMatterOf(markdown).title).toBe(title);
      expect(frontMatterOf(markdown, '1.1').title).toBe(title);
    }
  });

  it('writes missing values as empty YAML values (null), not the string "null"', () => {
    const clip = renderClip(page({ author: null, image: null }), { preset: defaultPreset, clippedAt });
    expect(clip.markdown).toMatch(/^author:$/m);
    expect(frontMatterOf(clip.markdown).author).toBeNull();
  });

  it('renders the preset’s body template', () => {
    const preset: Preset = { ...defaultPreset, body: '# {{title}}\n\n{{content}}\n\nSource: <{{url}}>' };
    const clip = renderClip(page(), { preset, clippedAt });
    expect(clip.body).toBe('# A title\n\nFirst paragraph.\n\nSecond paragraph.\n\nSource: <https://example.com/a>');
    expect(clip.markdown.endsWith(`\n\n${clip.body}\n`)).toBe(true);
  });
});

describe('file names', () => {
  it('default template: published date and slug of the title', () => {
    expect(renderClip(page({ title: 'Why: a/b?' }), { preset: defaultPreset, clippedAt }).filename).toBe('2024-09-27-why-a-b.md');
  });

  it('without a published date, the day of the clip in the user’s time zone', () => {
    const lateEvening = new Date('2026-11-23T20:00:00Z');
    expect(renderClip(page({ published: null }), { preset: defaultPreset, clippedAt: lateEvening, offsetMinutes: 480 }).filename).toBe('2026-11-24-a-title.md');
    expect(renderClip(page({ published: null }), { preset: defaultPreset, clippedAt: lateEvening, offsetMinutes: -300 }).filename).toBe('2026-11-23-a-title.md');
  });

  it('follows the edited title when the user rebuilds the clip', () => {
    const source = page({ title: 'Why: a/b?' });
    const context = createClipContext(source, { preset: defaultPreset, clippedAt });
    const clip = renderClip(source, { preset: defaultPreset, clippedAt });
    expect(rebuildClip(context, { frontMatter: { ...clip.frontMatter, title: '新的标题 Two' }, body: clip.body }).filename).toBe('2024-09-27-新的标题-two.md');
    expect(rebuildClip(context, { frontMatter: { ...clip.frontMatter, title: null }, body: clip.body }).filename).toBe('2024-09-27.md');
  });
});

describe('rebuildClip', () => {
  const source = page();
  const context = createClipContext(source, { preset: defaultPreset, clippedAt, offsetMinutes: 480 });
  const clip = renderClip(source, { preset: defaultPreset, clippedAt, offsetMinutes: 480 });

  it('writes the user’s edits with each field’s type', () => {
    const edited = { ...clip.frontMatter, published: '2024-09-28 09:15', tags: ['a', 'b'], author: '' };
    const rebuilt = rebuildClip(context, { frontMatter: edited, body: 'Edited body.' });
    expect(frontMatterOf(rebuilt.markdown)).toMatchObject({ published: '2024-09-28T09:15:00', tags: ['a', 'b'], author: null });
    expect(rebuilt.body).toBe('Edited body.');
    expect(rebuilt.markdown.endsWith('\n\nEdited body.\n')).toBe(true);
  });

  it('keeps what the user typed into a date field when it is no date', () => {
    const rebuilt = rebuildClip(context, { frontMatter: { ...clip.frontMatter, published: 'last week' }, body: clip.body });
    expect(frontMatterOf(rebuilt.markdown).published).toBe('last week');
  });

  it('keeps keys the user or a rule added, as they are', () => {
    const rebuilt = rebuildClip(context, { frontMatter: { ...clip.frontMatter, rating: 5 }, body: clip.body });
    expect(frontMatterOf(rebuilt.markdown).rating).toBe(5);
  });
});

describe('buildClip', () => {
  it('names the file after the title when no preset names it', () => {
    expect(buildClip({ title: 'Why: a/b?' }, 'Body').filename).toBe('Why a b.md');
    expect(buildClip({ title: 'x' }, 'Body', { filename: 'given.md' }).filename).toBe('given.md');
  });
});
