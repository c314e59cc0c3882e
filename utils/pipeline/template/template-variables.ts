// The variables a template can use, with one-line descriptions for the options page's help
// panel, and their values for one clipped page. `meta:<name>` reads any meta tag by name.
import type { ClippedPage } from '../clipped-page';
import { formatLocalIso } from '../render/format-local-iso';
import type { TemplateValue } from './template-value';
import { countWords, readingMinutes } from './word-count';

export interface HelpEntry {
  name: string;
  description: string;
}

export const META_PREFIX = 'meta:';

export const TEMPLATE_VARIABLES = [
  { name: 'title', description: 'The article’s headline, without the site name' },
  { name: 'url', description: 'The address the page was clipped from' },
  { name: 'canonical', description: 'The page’s canonical address, when it names one (else empty)' },
  { name: 'domain', description: 'The host name of the page’s address, without “www.”' },
  { name: 'site', description: 'The site’s name, e.g. “The Guardian” or “人民网”' },
  { name: 'author', description: 'The article’s author or byline' },
  { name: 'published', description: 'When the article was published: ISO 8601 with the page’s time zone, date only when the page gives no time' },
  { name: 'clipped', description: 'When you clipped it: ISO 8601 in your time zone' },
  { name: 'excerpt', description: 'The page’s summary (its description meta tag, or the first paragraph)' },
  { name: 'lang', description: 'The page’s language, e.g. zh-CN' },
  { name: 'image', description: 'Address of the article’s lead image' },
  { name: 'tags', description: 'The page’s own keywords, as a list' },
  { name: 'keywords', description: 'The same list as tags' },
  { name: 'categories', description: 'The page’s section (article:section meta tag), as a list' },
  { name: 'wordCount', description: 'Words in the article; each Chinese character counts as one' },
  { name: 'readingTime', description: 'Minutes to read the article (238 words or 300 Chinese characters a minute)' },
  { name: 'content', description: 'The article as Markdown' },
  { name: 'selection', description: 'What you had selected on the page, as Markdown (else empty)' },
  { name: `${META_PREFIX}<name>`, description: 'Any meta tag by its name or property, e.g. {{meta:og:type}} or {{meta:citation_doi}}' },
] as const satisfies readonly HelpEntry[];

export type VariableName = Exclude<(typeof TEMPLATE_VARIABLES)[number]['name'], `${typeof META_PREFIX}<name>`>;

export const VARIABLE_NAMES: readonly VariableName[] = TEMPLATE_VARIABLES.flatMap(({ name }) => (name.startsWith(META_PREFIX) ? [] : [name as VariableName]));

export type TemplateVariables = { readonly [name in VariableName]: TemplateValue } & {
  /** Meta tags by lower-cased name, for `meta:<name>`. */
  readonly meta: Readonly<Record<string, string>>;
};

export interface ClipClock {
  clippedAt: Date;
  /** Minutes east of UTC for `clipped`; defaults to the runtime's zone. */
  offsetMinutes?: number;
}

export function templateVariables(page: ClippedPage, clock: ClipClock): TemplateVariables {
  const { metadata } = page;
  const words = countWords(page.text);
  const section = metadata.meta['article:section']?.trim();
  return {
    title: metadata.title,
    url: metadata.url,
    canonical: metadata.canonicalUrl,
    domain: domainOf(metadata.url),
    site: metadata.siteName,
    author: metadata.author,
    published: metadata.published,
    clipped: formatLocalIso(clock.clippedAt, clock.offsetMinutes),
    excerpt: metadata.excerpt,
    lang: metadata.lang,
    image: metadata.image,
    tags: [...metadata.keywords],
    keywords: [...metadata.keywords],
    categories: section ? [section] : [],
    wordCount: words.cjk + words.spaced,
    readingTime: readingMinutes(words),
    content: page.body,
    selection: page.selection,
    meta: metadata.meta,
  };
}

export function isVariableName(name: string): name is VariableName {
  return (VARIABLE_NAMES as readonly string[]).includes(name);
}

/** A meta tag's value, or null when the page has no such tag (pages differ: not an error). */
export function metaValue(variables: TemplateVariables, name: string): string | null {
  return variables.meta[name.slice(META_PREFIX.length).toLowerCase()] ?? null;
}

function domainOf(url: string): string | null {
  try {
    return new URL(url).hostname.replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}
