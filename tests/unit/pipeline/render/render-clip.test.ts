import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { ClippedPage } from '@/utils/pipeline/clipped-page';
import { renderClip, buildClip } from '@/utils/pipeline/render/render-clip';

const page = (overrides: Partial<ClippedPage['metadata']> = {}, rest: Partial<ClippedPage> = {}): ClippedPage => ({
  metadata: {
    title: 'A title',
    author: 'Jane Doe',
    published: '2024-09-27T10:30:00+08:00',
    siteName: 'Example News',
    lang: 'en',
    excerpt: null,
    image: 'https://example.com/lead.jpg',
    url: 'https://example.com/a',
    canonicalUrl: null,
    keywords: [],
    meta: {},
    ...overrides,
  },
  body: 'First paragraph.\n\nSecond paragraph.',
  text: 'First paragraph.\n\nSecond paragraph.',
  method: 'readability',
  selection: null,
  ruleName: null,
  frontMatterOverrides: {},
  warnings: [],
  ...rest,
});

const clippedAt = new Date('2026-11-23T11:40:05Z');

function frontMatterOf(markdown: string): Record<string, unknown> {
  const match = /^---\n([\s\S]*?)\n---\n\n/.exec(markdown);
  expect(match, 'front-matter block at the top').not.toBeNull();
  return parse(match![1]!) as Record<string, unknown>;
}

describe('renderClip', () => {
  it('default preset: title, source, author, published, clipped, site, tags, image in that order', () => {
    const clip = renderClip(page(), { preset: 'default', clippedAt, offsetMinutes: 480 });
    const fm = frontMatterOf(clip.markdown);
    expect(Object.keys(fm)).toEqual(['title', 'source', 'author', 'published', 'clipped', 'site', 'tags', 'image']);
    expect(fm).toMatchObject({
      title: 'A title',
      source: 'https://example.com/a',
      published: '2024-09-27T10:30:00+08:00',
      clipped: '2026-11-23T19:40:05+08:00',
      tags: [],
    });
    expect(clip.markdown.endsWith('First paragraph.\n\nSecond paragraph.\n')).toBe(true);
  });

  it('hexo preset: exactly the keys of a published Hexo post, lead image in headimg and thumbnail', () => {
    const clip = renderClip(page(), { preset: 'hexo', clippedAt });
    const fm = frontMatterOf(clip.markdown);
    expect(Object.keys(fm)).toEqual(['title', 'categories', 'headimg', 'author', 'comments', 'date', 'thumbnail']);
    expect(fm.categories).toEqual([]);
    expect(fm.headimg).toBe('https://example.com/lead.jpg');
    expect(fm.thumbnail).toBe('https://example.com/lead.jpg');
    expect(fm.comments).toBe(false);
    expect(fm.date).toBe('2024-09-27T10:30:00+08:00');
  });

  it('hexo preset falls back to the site name for author and the clip time for date', () => {
    const fm = frontMatterOf(renderClip(page({ author: null, published: null }), { preset: 'hexo', clippedAt, offsetMinutes: 0 }).markdown);
    expect(fm.author).toBe('Example News');
    expect(fm.date).toBe('2026-11-23T11:40:05Z');
  });

  it('applies rule overrides on top of the preset, keeping the preset key order', () => {
    const clip = renderClip(page({}, { frontMatterOverrides: { categories: ['新媒体', '趣头条'], author: '趣头条', extra: 'yes' } }), {
      preset: 'hexo',
      clippedAt,
    });
    const fm = frontMatterOf(clip.markdown);
    expect(Object.keys(fm)).toEqual(['title', 'categories', 'headimg', 'author', 'comments', 'date', 'thumbnail', 'extra']);
    expect(fm.categories).toEqual(['新媒体', '趣头条']);
    expect(fm.author).toBe('趣头条');
  });

  it('writes any title as valid YAML that reads back unchanged', () => {
    const titles = ['Breaking: "quotes" & #hash', '- leading dash', '---', 'multi\nline', "it's: 'tricky'", '2024', 'true', '@at', '漳州开发区:一鼓作气', '  padded  '];
    for (const title of titles) {
      const fm = frontMatterOf(renderClip(page({ title }), { preset: 'default', clippedAt }).markdown);
      expect(fm.title).toBe(title);
    }
  });

  it('writes missing values as empty YAML values (null), not the string "null"', () => {
    const clip = renderClip(page({ author: null, image: null }), { preset: 'default', clippedAt });
    expect(clip.markdown).toMatch(/^author:$/m);
    expect(frontMatterOf(clip.markdown).author).toBeNull();
  });

  it('names the file after the (edited) title', () => {
    const clip = renderClip(page({ title: 'Why: a/b?' }), { preset: 'default', clippedAt });
    expect(clip.filename).toBe('Why a b.md');
    expect(buildClip({ ...clip.frontMatter, title: '新的标题' }, clip.body).filename).toBe('新的标题.md');
  });
});
