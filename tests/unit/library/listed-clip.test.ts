import { describe, expect, it } from 'vitest';
import type { ClipSummary } from '@/utils/library/clip-summary';
import { ClipLister } from '@/utils/library/listed-clip';

const summary = (id: string, fields: Partial<ClipSummary> = {}): ClipSummary => ({
  id,
  title: `Title ${id}`,
  site: 'news.example.com',
  url: `https://news.example.com/${id}`,
  tags: ['经济', 'world'],
  published: Date.UTC(2024, 2, 1),
  createdAt: Date.UTC(2026, 0, 1),
  updatedAt: Date.UTC(2026, 0, 2),
  filename: `${id}.md`,
  seq: 7,
  ...fields,
});

describe('ClipLister', () => {
  it('keeps what the list shows, sorts and filters by, and nothing else', () => {
    const listed = new ClipLister().list(summary('a'));
    expect(listed).toEqual({ id: 'a', title: 'Title a', site: 'news.example.com', tags: ['经济', 'world'], published: Date.UTC(2024, 2, 1), createdAt: Date.UTC(2026, 0, 1), seq: 7 });
    expect(Object.keys(new ClipLister().list(summary('b', { site: null, tags: [], published: null, seq: undefined })))).toEqual(Object.keys(listed));
  });

  it('holds one copy of a set of tags however many clips share it', () => {
    const lister = new ClipLister();
    // Separate arrays, as each summary read from IndexedDB brings its own.
    const a = lister.list(summary('a', { tags: ['经济', 'world'] }));
    const b = lister.list(summary('b', { tags: ['经济', 'world'] }));
    const c = lister.list(summary('c', { tags: ['world', '经济'] }));
    expect(b.tags).toBe(a.tags);
    expect(c.tags).not.toBe(a.tags);
    expect(c.tags).toEqual(['world', '经济']);
    expect(Object.isFrozen(a.tags)).toBe(true);
  });
});
