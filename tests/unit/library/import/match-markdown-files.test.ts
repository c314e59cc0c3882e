import { describe, expect, it } from 'vitest';
import type { MarkdownFilePlan } from '@/utils/library/import/import-plan';
import { matchMarkdownFiles } from '@/utils/library/import/match-markdown-files';
import type { StoredClip } from '@/utils/library/stored-clip';

const clip = (id: string, url: string, markdown: string, canonicalUrl: string | null = null): StoredClip =>
  ({ id, url, canonicalUrl, markdown, site: null, title: id, frontMatter: {}, body: '', filename: `${id}.md`, tags: [], createdAt: 0, updatedAt: 0 });
const file = (url: string, markdown: string, canonicalUrl: string | null = null): MarkdownFilePlan =>
  ({ kind: 'markdown-file', path: 'f.md', images: [], clip: { ...clip('', url, markdown, canonicalUrl), createdAt: null } });

describe('matching Markdown files to the library', () => {
  it('pairs two copies of a page with their two files whatever the order, the edited one updating the other copy', () => {
    const a = clip('a', 'https://x/1', 'first');
    const b = clip('b', 'https://x/1', 'second');
    expect(matchMarkdownFiles([file('https://x/1', 'second, edited'), file('https://x/1', 'first')], [a, b])).toEqual([
      { action: 'update', clip: b },
      { action: 'skip', clip: a },
    ]);
  });

  it('finds the page by canonical URL; adds when several copies could be the one edited, or the file has no URL', () => {
    const a = clip('a', 'https://x/1?utm=1', 'text', 'https://x/1');
    expect(matchMarkdownFiles([file('https://x/1', 'changed')], [a])).toEqual([{ action: 'update', clip: a }]);
    const twins = [clip('a', 'https://x/1', 'one'), clip('b', 'https://x/1', 'two')];
    expect(matchMarkdownFiles([file('https://x/1', 'three')], twins)).toEqual([{ action: 'add' }]);
    expect(matchMarkdownFiles([file('', 'changed')], [clip('a', '', 'text')])).toEqual([{ action: 'add' }]);
    expect(matchMarkdownFiles([file('', 'text')], [clip('a', 'https://x/2', 'text')])).toEqual([{ action: 'skip', clip: expect.objectContaining({ id: 'a' }) }]);
  });
});
