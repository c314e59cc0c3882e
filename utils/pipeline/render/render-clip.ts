// Clipped page + preset → the file the user gets: front-matter, body, file name.
// Pure: the clock comes in as `clippedAt`.
import type { ClippedPage } from '../clipped-page';
import { composeMarkdown, type FrontMatter } from './front-matter';
import { formatLocalIso } from './format-local-iso';
import { presetFrontMatter, type PresetName } from './presets';
import { markdownFilename } from './safe-filename';

export interface Clip {
  frontMatter: FrontMatter;
  body: string;
  markdown: string;
  filename: string;
}

export interface RenderOptions {
  preset: PresetName;
  clippedAt: Date;
  /** Minutes east of UTC for the clip time; defaults to the runtime's zone. */
  offsetMinutes?: number;
}

export function renderClip(page: ClippedPage, options: RenderOptions): Clip {
  const clipped = formatLocalIso(options.clippedAt, options.offsetMinutes);
  const frontMatter = {
    ...presetFrontMatter(options.preset, { metadata: page.metadata, clipped }),
    ...page.frontMatterOverrides,
  };
  return buildClip(frontMatter, page.body);
}

/** Rebuilds the file after the user edited front-matter or body; the file name follows the title. */
export function buildClip(frontMatter: FrontMatter, body: string): Clip {
  const title = typeof frontMatter.title === 'string' ? frontMatter.title : '';
  return {
    frontMatter,
    body,
    markdown: composeMarkdown(frontMatter, body),
    filename: markdownFilename(title),
  };
}
