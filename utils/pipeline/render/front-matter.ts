// Front-matter as ordered key → value pairs, written with the `yaml` library so that any
// title, author or URL (quotes, colons, `#`, leading `-`, newlines, control characters) reads
// back as exactly that text, in YAML 1.2 and 1.1 readers alike (see portable-yaml.ts).
import { Document } from 'yaml';
import type { TemplateValue } from '../template/template-value';
import { escapeUnprintable, protectScalars } from './portable-yaml';
import { wellFormedText } from './well-formed-text';

export type FrontMatterValue = TemplateValue;

/** Key order is the order the keys appear in the file (JS keeps string-key insertion order). */
export type FrontMatter = Record<string, FrontMatterValue>;

export interface FrontMatterOptions {
  /** Keys of date fields: their ISO 8601 values stay unquoted, so Jekyll or Hugo load them as dates. */
  dateKeys?: ReadonlySet<string>;
}

const YAML_OPTIONS = {
  // Never fold long titles or URLs onto several lines: other tools' parsers differ on folds.
  lineWidth: 0,
  // `published:` reads back as null in every YAML parser and looks empty in Obsidian.
  nullStr: '',
  // Multi-line text in double quotes with `\n` escapes: block scalars lose a line of only spaces
  // (the `yaml` library writes ` \n` as `|+` over a blank line), and readers differ on their edges.
  blockQuote: false,
} as const;

export function stringifyFrontMatter(frontMatter: FrontMatter, options: FrontMatterOptions = {}): string {
  const doc = new Document(wellFormedFrontMatter(frontMatter));
  protectScalars(doc.contents, { dateKeys: options.dateKeys ?? new Set() });
  return `---\n${escapeUnprintable(doc.toString(YAML_OPTIONS))}---\n`;
}

/** The whole `.md` file: front-matter, a blank line, the body. */
export function composeMarkdown(frontMatter: FrontMatter, body: string, options?: FrontMatterOptions): string {
  return `${stringifyFrontMatter(frontMatter, options)}\n${body.trim()}\n`;
}

/** What the file will hold: lone surrogates, which UTF-8 cannot carry, become U+FFFD. */
export function wellFormedFrontMatter(frontMatter: FrontMatter): FrontMatter {
  return Object.fromEntries(
    Object.entries(frontMatter).map(([key, value]) => [
      wellFormedText(key),
      typeof value === 'string' ? wellFormedText(value) : Array.isArray(value) ? value.map(wellFormedText) : value,
    ]),
  );
}
