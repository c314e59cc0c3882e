// A Markdown file's text → its front-matter values and body, read with the `yaml` library the way
// Clipdown wrote them (YAML 1.2: dates stay text). Only the shapes a clip can hold are accepted.
import { parseDocument } from 'yaml';
import type { FrontMatter, FrontMatterValue } from '../../pipeline/render/front-matter';

/** `---` first (after a byte-order mark), the YAML, then `---` (or YAML's `...`) on a line of its own. */
const FRONT_MATTER = /^\uFEFF?---[ \t]*\r?\n(?:([\s\S]*?)\r?\n)?(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;

export type SplitMarkdown = { ok: true; frontMatter: FrontMatter; body: string } | { ok: false; message: string };

/** The YAML between a file's `---` lines; null when it has no front-matter. */
export function frontMatterYaml(text: string): string | null {
  const match = FRONT_MATTER.exec(text);
  return match ? (match[1] ?? '') : null;
}

export function splitFrontMatter(text: string): SplitMarkdown {
  const match = FRONT_MATTER.exec(text);
  if (!match) return { ok: false, message: 'no front-matter (a file must start with a `---` line, its YAML, and another `---` line)' };
  const doc = parseDocument(match[1] ?? '');
  if (doc.errors.length) return { ok: false, message: `the front-matter is not valid YAML (${doc.errors[0]!.message.split('\n')[0]})` };
  const data: unknown = doc.toJS() ?? {};
  if (typeof data !== 'object' || Array.isArray(data)) return { ok: false, message: 'the front-matter is not a list of `key: value` lines' };
  const frontMatter: FrontMatter = {};
  for (const [key, value] of Object.entries(data as Record<string, unknown>)) {
    const converted = frontMatterValue(value);
    if (converted === undefined) return { ok: false, message: `front-matter “${key}” holds nested values, which a clip cannot keep` };
    frontMatter[key] = converted;
  }
  // composeMarkdown writes one blank line before the body and one newline after it.
  const body = text.slice(match[0].length).replace(/^\r?\n/, '').replace(/\r?\n$/, '');
  return { ok: true, frontMatter, body };
}

/** Scalars as they are; a list's items as text (a tag `2024` is the text "2024"); anything deeper is refused. */
function frontMatterValue(value: unknown): FrontMatterValue | undefined {
  if (value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (!Array.isArray(value)) return undefined;
  const items: string[] = [];
  for (const item of value) {
    if (item === null) continue;
    if (typeof item === 'object') return undefined;
    items.push(String(item));
  }
  return items;
}
