import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { dateKeysOf, editedClip } from '@/utils/library/edit-clip';
import { splitFrontMatter } from '@/utils/library/import/split-front-matter';
import type { StoredClip } from '@/utils/library/stored-clip';
import { buildClip } from '@/utils/pipeline/render/render-clip';

function stored(frontMatter: StoredClip['frontMatter'], body: string, dateKeys: string[] = []): StoredClip {
  const clip = buildClip(frontMatter, body, { filename: 'post.md', dateKeys: new Set(dateKeys) });
  return { id: 'c1', url: 'https://example.com/a', canonicalUrl: null, site: 'Example', title: String(frontMatter.title ?? ''), ...clip, tags: [], createdAt: 1, updatedAt: 1 };
}

describe('editing a saved clip', () => {
  it('writes the file again from the edited values, keeping id, page and creation time', () => {
    const clip = stored({ title: 'Old', categories: ['新闻'] }, 'Old body.');
    const edited = editedClip(clip, { frontMatter: { title: '新标题', categories: ['新闻', '科技'] }, body: 'New body.' }, new Date(5000));
    expect(edited).toMatchObject({ id: 'c1', url: clip.url, title: '新标题', tags: ['新闻', '科技'], createdAt: 1, updatedAt: 5000, filename: 'post.md' });
    const split = splitFrontMatter(edited.markdown);
    expect(split).toEqual({ ok: true, frontMatter: { title: '新标题', categories: ['新闻', '科技'] }, body: 'New body.' });
  });

  it('keeps the fields the file wrote as dates written as dates, and text that looks like a date as text', () => {
    const clip = stored({ title: 'T', date: '2024-09-27T10:30:00+08:00', note: '2024-09-27' }, 'Body', ['date']);
    expect(dateKeysOf(clip.markdown)).toEqual(new Set(['date']));
    const edited = editedClip(clip, { frontMatter: { ...clip.frontMatter, title: 'T2' }, body: 'Body' }, new Date(2));
    // YAML 1.1 readers (Hexo, Jekyll) load the date as a timestamp and the note as text, as before the edit.
    const loaded = parse(edited.markdown.split('---\n')[1]!, { version: '1.1' }) as Record<string, unknown>;
    expect(loaded.date).toBeInstanceOf(Date);
    expect(loaded.note).toBe('2024-09-27');
  });

  it('finds no date fields in a file without front-matter', () => {
    expect(dateKeysOf('Just text')).toEqual(new Set());
  });
});
