// Built-in front-matter presets: which keys a clip starts with, in which order.
// `hexo` mirrors the post format our users publish (seeds/000): keys and order are exact.
import type { ArticleMetadata } from '../article';
import type { FrontMatter } from './front-matter';

export const PRESET_NAMES = ['default', 'hexo'] as const;
export type PresetName = (typeof PRESET_NAMES)[number];

export interface PresetInput {
  metadata: ArticleMetadata;
  /** When the clip was made, already formatted as local ISO 8601. */
  clipped: string;
}

type Preset = (input: PresetInput) => FrontMatter;

const PRESETS: Record<PresetName, Preset> = {
  default: ({ metadata, clipped }) => ({
    title: metadata.title,
    source: metadata.url,
    author: metadata.author,
    published: metadata.published,
    clipped,
    site: metadata.siteName,
    tags: [],
    image: metadata.image,
  }),
  hexo: ({ metadata, clipped }) => ({
    title: metadata.title,
    categories: [],
    headimg: metadata.image,
    // Hexo themes show `author` as the post's source; a site name beats an empty byline.
    author: metadata.author ?? metadata.siteName,
    comments: false,
    // Hexo sorts posts by `date`: without a published date the clip time keeps the order sane.
    date: metadata.published ?? clipped,
    thumbnail: metadata.image,
  }),
};

export function isPresetName(name: string): name is PresetName {
  return (PRESET_NAMES as readonly string[]).includes(name);
}

export function presetFrontMatter(name: PresetName, input: PresetInput): FrontMatter {
  return PRESETS[name](input);
}
