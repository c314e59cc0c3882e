// Built-in presets: the front-matter fields a clip starts with (each a template and a type, in
// file order), how the file is named and what the body holds. Each follows what its app reads;
// `hexo` mirrors the post format our users publish (seeds/000): keys and order are exact.
import type { FieldType } from './field-value';

export interface FrontMatterField {
  key: string;
  /** A template, e.g. `{{title}}` or `{{published|default:clipped}}`; plain text is a constant. */
  value: string;
  type: FieldType;
}

export interface Preset {
  id: string;
  name: string;
  fields: FrontMatterField[];
  /** File-name template, without `.md`; the result is made safe (see safe-filename.ts). */
  fileName: string;
  /** Note body template. */
  body: string;
}

/** Sorts by date in any file manager; without a published date, the day of the clip. */
export const DEFAULT_FILE_NAME = '{{published|default:clipped|date:"YYYY-MM-DD"}}-{{title|slug}}';
export const DEFAULT_BODY = '{{content}}';

export const PRESET_NAMES = ['default', 'hexo', 'hugo', 'jekyll', 'obsidian'] as const;
export type PresetName = (typeof PRESET_NAMES)[number];

const field = (key: string, value: string, type: FieldType = 'text'): FrontMatterField => ({ key, value, type });

/** Blog engines sort posts by `date`: without a published date the clip time keeps the order sane. */
const POST_DATE = '{{published|default:clipped}}';
/** Republished copies point search engines at the original. */
const ORIGINAL_URL = '{{canonical|default:url}}';

const PRESETS: Record<PresetName, Omit<Preset, 'id'>> = {
  default: {
    name: 'Default',
    fields: [
      field('title', '{{title}}'),
      field('source', '{{url}}'),
      field('author', '{{author}}'),
      field('published', '{{published}}', 'date'),
      field('clipped', '{{clipped}}', 'date'),
      field('site', '{{site}}'),
      field('tags', '{{tags}}', 'list'),
      field('image', '{{image}}'),
    ],
    fileName: DEFAULT_FILE_NAME,
    body: DEFAULT_BODY,
  },
  hexo: {
    name: 'Hexo',
    fields: [
      field('title', '{{title}}'),
      // Filled by site rules (`categories: [新媒体, 趣头条]`) or by hand.
      field('categories', '', 'list'),
      field('headimg', '{{image}}'),
      // Hexo themes show `author` as the post's source; a site name beats an empty byline.
      field('author', '{{author|default:site}}'),
      field('comments', 'false', 'boolean'),
      field('date', POST_DATE, 'date'),
      field('thumbnail', '{{image}}'),
    ],
    // Hexo's own `new_post_name` is `:title.md`, and permalinks already carry the date.
    fileName: '{{title|slug}}',
    body: DEFAULT_BODY,
  },
  hugo: {
    name: 'Hugo',
    fields: [
      field('title', '{{title}}'),
      field('date', POST_DATE, 'date'),
      field('draft', 'false', 'boolean'),
      field('description', '{{excerpt}}'),
      field('tags', '{{tags}}', 'list'),
      field('categories', '{{categories}}', 'list'),
      field('author', '{{author}}'),
      // Hugo's built-in Open Graph and Twitter Card templates read `images`, a list.
      field('images', '{{image}}', 'list'),
      // Read by PaperMod, the most used Hugo theme, for the canonical link.
      field('canonicalURL', ORIGINAL_URL),
    ],
    fileName: DEFAULT_FILE_NAME,
    body: DEFAULT_BODY,
  },
  jekyll: {
    name: 'Jekyll',
    fields: [
      field('layout', 'post'),
      field('title', '{{title}}'),
      field('date', POST_DATE, 'date'),
      field('categories', '{{categories}}', 'list'),
      field('tags', '{{tags}}', 'list'),
      field('author', '{{author}}'),
      // `description`, `image` and `canonical_url` are what jekyll-seo-tag reads.
      field('description', '{{excerpt}}'),
      field('image', '{{image}}'),
      field('canonical_url', ORIGINAL_URL),
    ],
    // Jekyll only publishes `_posts` files named YYYY-MM-DD-title.
    fileName: DEFAULT_FILE_NAME,
    body: DEFAULT_BODY,
  },
  obsidian: {
    name: 'Obsidian',
    // The properties Obsidian Web Clipper writes by default; Obsidian's date properties take YYYY-MM-DD.
    fields: [
      field('title', '{{title}}'),
      field('source', '{{url}}'),
      field('author', '{{author}}', 'list'),
      field('published', '{{published|date:"YYYY-MM-DD"}}', 'date'),
      field('created', '{{clipped|date:"YYYY-MM-DD"}}', 'date'),
      field('description', '{{excerpt}}'),
      field('tags', 'clippings', 'list'),
    ],
    // Notes are found and linked by their titles.
    fileName: '{{title}}',
    body: DEFAULT_BODY,
  },
};

export const BUILT_IN_PRESETS: readonly Preset[] = PRESET_NAMES.map((id) => deepFreeze({ id, ...PRESETS[id] }));

export function isPresetName(name: string): name is PresetName {
  return (PRESET_NAMES as readonly string[]).includes(name);
}

export function builtInPreset(id: PresetName): Preset {
  return BUILT_IN_PRESETS.find((preset) => preset.id === id)!;
}

/** A user's editable copy of a preset: fresh arrays and objects, new identity. */
export function copyPreset(source: Preset, identity: { id: string; name: string }): Preset {
  return { ...source, ...identity, fields: source.fields.map((f) => ({ ...f })) };
}

function deepFreeze<T extends Preset>(preset: T): T {
  preset.fields.forEach((f) => Object.freeze(f));
  Object.freeze(preset.fields);
  return Object.freeze(preset);
}
