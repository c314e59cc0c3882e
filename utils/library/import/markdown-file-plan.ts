// One Markdown file from a ZIP → the clip it becomes: its text kept byte for byte, the page's URL,
// title, site, tags and clip time read from the front-matter keys the presets write.
import type { FrontMatter } from '../../pipeline/render/front-matter';
import { tagsOf } from '../clip-tags';
import type { ClipImage } from '../export/clip-images';
import type { MarkdownFilePlan } from './import-plan';
import { splitFrontMatter } from './split-front-matter';

/** Where each preset puts the page's address: default and Obsidian `source`, Hugo `canonicalURL`, Jekyll `canonical_url`; `url` and `link` are other tools'. */
const URL_KEYS = ['source', 'url', 'link', 'canonical_url', 'canonicalURL'] as const;
const CANONICAL_URL_KEYS = ['canonical_url', 'canonicalURL'] as const;
/** When the page was clipped: default preset `clipped`, Obsidian `created`. */
const CLIPPED_KEYS = ['clipped', 'created'] as const;

export type FileReading = { ok: true; plan: MarkdownFilePlan } | { ok: false; message: string };

export function markdownFilePlan(path: string, markdown: string, images: ClipImage[]): FileReading {
  const split = splitFrontMatter(markdown);
  if (!split.ok) return split;
  const { frontMatter, body } = split;
  const filename = path.slice(path.lastIndexOf('/') + 1);
  const url = firstText(frontMatter, URL_KEYS) ?? '';
  const clippedAt = Date.parse(firstText(frontMatter, CLIPPED_KEYS) ?? '');
  return {
    ok: true,
    plan: {
      kind: 'markdown-file',
      path,
      images,
      clip: {
        url,
        canonicalUrl: firstText(frontMatter, CANONICAL_URL_KEYS),
        site: firstText(frontMatter, ['site']) ?? hostname(url),
        title: firstText(frontMatter, ['title']) ?? filename.replace(/\.(md|markdown)$/i, ''),
        frontMatter,
        body,
        markdown,
        filename,
        tags: tagsOf(frontMatter),
        createdAt: Number.isNaN(clippedAt) ? null : clippedAt,
      },
    },
  };
}

function firstText(frontMatter: FrontMatter, keys: readonly string[]): string | null {
  for (const key of keys) {
    const value = frontMatter[key];
    if (typeof value === 'string' && value.trim()) return value.trim();
  }
  return null;
}

function hostname(url: string): string | null {
  try {
    return new URL(url).hostname || null;
  } catch {
    return null;
  }
}
