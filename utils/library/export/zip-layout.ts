// Where each clip's file goes in an exported ZIP: one folder, a folder per site, per month, or
// Hexo's posts folder. Folder names are made safe the way file names are.
import { PUBLISHED_KEYS } from '../clip-summary';
import type { ClipRow } from '../clip-row';
import { safeBaseName } from '../../pipeline/render/safe-filename';

export const ZIP_LAYOUTS = ['flat', 'by-site', 'by-month', 'hexo'] as const;
export type ZipLayout = (typeof ZIP_LAYOUTS)[number];

type LaidOutClip = Pick<ClipRow, 'site' | 'frontMatter' | 'createdAt'>;

export const UNKNOWN_SITE_FOLDER = 'unknown-site';
const HEXO_POSTS_FOLDER = 'source/_posts';
/** Read as written: `2024-05-01T00:30+08:00` is May where it was published, whatever the exporter's zone. */
const YEAR_MONTH = /^(\d{4})-(\d{2})/;

/** The folder, without a trailing `/`; `''` for the archive's root. */
export function layoutFolder(clip: LaidOutClip, layout: ZipLayout, timeZone?: string): string {
  switch (layout) {
    case 'flat':
      return '';
    case 'by-site':
      return clip.site?.trim() ? safeBaseName(clip.site) : UNKNOWN_SITE_FOLDER;
    case 'by-month':
      return monthFolder(clip, timeZone);
    case 'hexo':
      return HEXO_POSTS_FOLDER;
  }
}

function monthFolder(clip: LaidOutClip, timeZone: string | undefined): string {
  for (const key of PUBLISHED_KEYS) {
    const value = clip.frontMatter[key];
    const match = typeof value === 'string' ? YEAR_MONTH.exec(value) : null;
    if (match) return `${match[1]}/${match[2]}`;
  }
  const parts = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit' }).formatToParts(clip.createdAt);
  const part = (type: string) => parts.find((p) => p.type === type)!.value;
  return `${part('year')}/${part('month')}`;
}
