// What the library page lists for a clip: the small fields it sorts and filters by. Kept in a table of
// their own, written with the clip, so the page reads 50,000 summaries without reading 400 MB of Markdown.
import type { StoredClip } from './stored-clip';

export interface ClipSummary {
  id: string;
  title: string;
  site: string | null;
  url: string;
  tags: string[];
  /** When the article was published (milliseconds), from the front-matter's date; null when it gives none. */
  published: number | null;
  createdAt: number;
  updatedAt: number;
  filename: string;
  /**
   * The clip's number in the search index, so the page maps search hits to the summaries it holds
   * without reading the index's table of numbers (200 reads a search). Absent on summaries written
   * before it was kept: their hits are looked up.
   */
  seq?: number;
}

/** Front-matter keys the presets write the publication date under, in the presets' order: `date` is Hexo's, Hugo's, Jekyll's. */
export const PUBLISHED_KEYS = ['published', 'date'] as const;

export function summaryOf(clip: StoredClip, seq?: number): ClipSummary {
  return {
    id: clip.id,
    title: clip.title,
    site: clip.site,
    url: clip.url,
    tags: clip.tags,
    published: publishedOf(clip.frontMatter),
    createdAt: clip.createdAt,
    updatedAt: clip.updatedAt,
    filename: clip.filename,
    ...(seq === undefined ? {} : { seq }),
  };
}

function publishedOf(frontMatter: StoredClip['frontMatter']): number | null {
  for (const key of PUBLISHED_KEYS) {
    const value = frontMatter[key];
    const time = typeof value === 'string' && value ? Date.parse(value) : Number.NaN;
    if (!Number.isNaN(time)) return time;
  }
  return null;
}
