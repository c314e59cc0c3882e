// A clipped page for render tests, with metadata and the rest overridable.
import { parse } from 'yaml';
import type { ClippedPage } from '@/utils/pipeline/clipped-page';

export function clippedPage(metadata: Partial<ClippedPage['metadata']> = {}, rest: Partial<ClippedPage> = {}): ClippedPage {
  return {
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
      ...metadata,
    },
    body: 'First paragraph.\n\nSecond paragraph.',
    text: 'First paragraph.\n\nSecond paragraph.',
    method: 'readability',
    selection: null,
    rule: null,
    frontMatterOverrides: {},
    warnings: [],
    ...rest,
  };
}

/** The YAML between the opening and the first closing `---`, parsed (YAML 1.2 unless asked). */
export function frontMatterOf(markdown: string, version: '1.1' | '1.2' = '1.2'): Record<string, unknown> {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(markdown);
  if (!match) throw new Error(`no front-matter block at the top of:\n${markdown}`);
  return parse(match[1]!, { version }) as Record<string, unknown>;
}
