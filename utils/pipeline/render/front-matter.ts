// Front-matter as ordered key → value pairs, written with the `yaml` library so that any
// title, author or URL (quotes, colons, `#`, leading `-`, newlines) stays valid YAML.
import { stringify } from 'yaml';

export type FrontMatterValue = string | number | boolean | null | string[];

/** Key order is the order the keys appear in the file (JS keeps string-key insertion order). */
export type FrontMatter = Record<string, FrontMatterValue>;

const YAML_OPTIONS = {
  // Never fold long titles or URLs onto several lines: other tools' parsers differ on folds.
  lineWidth: 0,
  // `published:` reads back as null in every YAML parser and looks empty in Obsidian.
  nullStr: '',
} as const;

export function stringifyFrontMatter(frontMatter: FrontMatter): string {
  return `---\n${stringify(frontMatter, YAML_OPTIONS)}---\n`;
}

/** The whole `.md` file: front-matter, a blank line, the body. */
export function composeMarkdown(frontMatter: FrontMatter, body: string): string {
  return `${stringifyFrontMatter(frontMatter)}\n${body.trim()}\n`;
}
