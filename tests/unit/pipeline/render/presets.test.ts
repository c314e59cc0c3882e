import { describe, expect, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import { presetSchema } from '@/utils/pipeline/render/preset-schema';
import { BUILT_IN_PRESETS, builtInPreset, copyPreset, PRESET_NAMES, type Preset } from '@/utils/pipeline/render/presets';
import { renderClip } from '@/utils/pipeline/render/render-clip';
import { SAMPLE_PAGE } from '@/utils/pipeline/template/sample-page';
import { fixturePage } from '../../../support/dom';
import { frontMatterOf } from './clipped-page';
import { expectFieldTypes } from './expect-field-types';
import { filenameProblems } from './valid-filename';

const clippedAt = new Date('2026-11-23T20:00:00Z');
const render = (id: (typeof PRESET_NAMES)[number]) => renderClip(SAMPLE_PAGE, { preset: builtInPreset(id), clippedAt, offsetMinutes: 480 });

describe('built-in presets', () => {
  it('are the preset names settings accept, each valid by the stored-preset schema', () => {
    expect(BUILT_IN_PRESETS.map((p) => p.id)).toEqual([...PRESET_NAMES]);
    for (const preset of BUILT_IN_PRESETS) expect(presetSchema.safeParse(preset).error?.issues ?? []).toEqual([]);
  });

  it.each(PRESET_NAMES)('%s: front-matter reads back with each field’s type, in YAML 1.2 and 1.1', (id) => {
    const { markdown, filename } = render(id);
    expectFieldTypes(builtInPreset(id), frontMatterOf(markdown), frontMatterOf(markdown, '1.1'));
    expect(filenameProblems(filename)).toEqual([]);
  });

  it('hexo: exactly the keys of the published post (seeds/000), in its order', () => {
    const { meta } = fixturePage<{ frontMatter: Record<string, unknown> }>('seed-000-hexo');
    expect(Object.keys(frontMatterOf(render('hexo').markdown))).toEqual(Object.keys(meta.frontMatter));
    expect(frontMatterOf(render('hexo').markdown)).toEqual({
      title: SAMPLE_PAGE.metadata.title,
      categories: [],
      headimg: 'https://example.com/images/port.jpg',
      author: '林洁',
      comments: false,
      date: '2024-09-27T10:30:00+08:00',
      thumbnail: 'https://example.com/images/port.jpg',
    });
  });

  it('hugo: a published post with the page’s tags, lead image as `images` and the original as canonical', () => {
    expect(frontMatterOf(render('hugo').markdown)).toEqual({
      title: SAMPLE_PAGE.metadata.title,
      date: '2024-09-27T10:30:00+08:00',
      draft: false,
      description: SAMPLE_PAGE.metadata.excerpt,
      tags: ['漳州', '港口', 'shipping'],
      categories: ['经济'],
      author: '林洁',
      images: ['https://example.com/images/port.jpg'],
      canonicalURL: 'https://news.example.com/2024/09/27/port.html',
    });
  });

  it('jekyll: a post layout, and the keys jekyll-seo-tag reads', () => {
    expect(frontMatterOf(render('jekyll').markdown)).toEqual({
      layout: 'post',
      title: SAMPLE_PAGE.metadata.title,
      date: '2024-09-27T10:30:00+08:00',
      categories: ['经济'],
      tags: ['漳州', '港口', 'shipping'],
      author: '林洁',
      description: SAMPLE_PAGE.metadata.excerpt,
      image: 'https://example.com/images/port.jpg',
      canonical_url: 'https://news.example.com/2024/09/27/port.html',
    });
  });

  it('obsidian: Web Clipper’s properties, authors and tags as lists, dates as YYYY-MM-DD', () => {
    expect(frontMatterOf(render('obsidian').markdown)).toEqual({
      title: SAMPLE_PAGE.metadata.title,
      source: SAMPLE_PAGE.metadata.url,
      author: ['林洁'],
      published: '2024-09-27',
      // 20:00 UTC is the next morning in the user's +08:00.
      created: '2026-11-24',
      description: SAMPLE_PAGE.metadata.excerpt,
      tags: ['clippings'],
    });
  });

  it('name files as each app expects', () => {
    const dated = '2024-09-27-漳州开发区新港区投入使用-new-port-opens-in-zhangzhou.md';
    expect(render('default').filename).toBe(dated);
    expect(render('hugo').filename).toBe(dated);
    expect(render('jekyll').filename).toBe(dated);
    expect(render('hexo').filename).toBe('漳州开发区新港区投入使用-new-port-opens-in-zhangzhou.md');
    expect(render('obsidian').filename).toBe('漳州开发区新港区投入使用 New port opens in Zhangzhou.md');
  });

  it('cannot be changed by accident', () => {
    expect(() => builtInPreset('hexo').fields.push({ key: 'x', value: '', type: 'text' })).toThrow(TypeError);
  });
});

describe('copyPreset', () => {
  it('makes an editable copy with a new identity, leaving the original alone', () => {
    const copy = copyPreset(builtInPreset('hugo'), { id: 'my-hugo', name: 'My Hugo' });
    copy.fields[0]!.value = '{{title|upper}}';
    copy.fields.push({ key: 'weight', value: '{{wordCount}}', type: 'number' });
    expect(copy).toMatchObject({ id: 'my-hugo', name: 'My Hugo', fileName: builtInPreset('hugo').fileName });
    expect(builtInPreset('hugo').fields[0]!.value).toBe('{{title}}');
    // The sample's text: 38 Chinese characters and 11 English words.
    expect(frontMatterOf(renderClip(SAMPLE_PAGE, { preset: copy, clippedAt }).markdown)).toMatchObject({ title: SAMPLE_PAGE.metadata.title.toUpperCase(), weight: 49 });
  });
});

describe('presetSchema', () => {
  it('produces Presets', () => {
    expectTypeOf<z.output<typeof presetSchema>>().toExtend<Preset>();
  });
});
