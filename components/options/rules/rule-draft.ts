// A site rule as the editor's form holds it: lists as one entry per line, front-matter overrides as
// typed rows with a stable `uid` (so focus stays in the right row), Markdown options only where the
// rule differs. `fromRuleDraft` turns it back into a rule plus what the rows themselves got wrong.
import type { MarkdownOptions } from '@/utils/pipeline/markdown/markdown-options';
import type { FrontMatterValue } from '@/utils/pipeline/render/front-matter';
import type { FieldSelectors, SiteRule } from '@/utils/site-rules/site-rule';

export const OVERRIDE_TYPES = ['text', 'list', 'boolean', 'number', 'empty'] as const;
export type OverrideType = (typeof OVERRIDE_TYPES)[number];

export interface OverrideRow {
  uid: number;
  key: string;
  type: OverrideType;
  /** text: the text or template; list: items separated by commas; boolean: 'true' | 'false'; number: digits. */
  value: string;
}

export interface RuleDraft {
  id: string;
  name: string;
  enabled: boolean;
  /** One pattern per line. */
  patterns: string;
  contentSelector: string;
  useReadability: boolean;
  /** One selector per line. */
  removeSelectors: string;
  fieldSelectors: Required<FieldSelectors>;
  frontMatter: OverrideRow[];
  /** '' uses the preset chosen for new clips. */
  preset: string;
  /** '' keeps the preset's file name. */
  fileName: string;
  markdown: Partial<MarkdownOptions>;
}

/** A problem of the form itself, filed like the rule checker's: `frontMatter.<row>.key|value`. */
export interface DraftProblem {
  path: string;
  message: string;
}

/** Full-width commas too: a Chinese category list is typed with them. */
const LIST_SEPARATOR = /[,，]/;

let lastUid = 0;

export function overrideRow(row: Omit<OverrideRow, 'uid'> = { key: '', type: 'text', value: '' }): OverrideRow {
  lastUid += 1;
  return { ...row, uid: lastUid };
}

export function toRuleDraft(rule: SiteRule): RuleDraft {
  const { title = '', author = '', published = '', image = '' } = rule.fieldSelectors;
  return {
    id: rule.id,
    name: rule.name,
    enabled: rule.enabled,
    patterns: rule.patterns.join('\n'),
    contentSelector: rule.contentSelector ?? '',
    useReadability: rule.useReadability,
    removeSelectors: rule.removeSelectors.join('\n'),
    fieldSelectors: { title, author, published, image },
    frontMatter: Object.entries(rule.frontMatter).map(([key, value]) => overrideRow({ key, ...overrideCell(value) })),
    preset: rule.preset ?? '',
    fileName: rule.fileName ?? '',
    markdown: { ...rule.markdown },
  };
}

export function fromRuleDraft(draft: RuleDraft): { rule: SiteRule; problems: DraftProblem[] } {
  const problems: DraftProblem[] = [];
  const frontMatter: Record<string, FrontMatterValue> = {};
  const seen = new Set<string>();
  draft.frontMatter.forEach((row, i) => {
    const key = row.key.trim();
    if (!key) problems.push({ path: `frontMatter.${i}.key`, message: 'Give this value a key, or remove the row' });
    else if (seen.has(key)) problems.push({ path: `frontMatter.${i}.key`, message: `“${key}” is already set above` });
    const value = overrideValue(row);
    if (!value.ok) problems.push({ path: `frontMatter.${i}.value`, message: value.message });
    if (key && !seen.has(key) && value.ok) frontMatter[key] = value.value;
    seen.add(key);
  });
  const selectors = Object.fromEntries(
    Object.entries(draft.fieldSelectors).flatMap(([field, selector]) => (selector.trim() ? [[field, selector.trim()]] : [])),
  );
  const rule: SiteRule = {
    id: draft.id,
    name: draft.name.trim(),
    enabled: draft.enabled,
    patterns: lines(draft.patterns),
    useReadability: draft.useReadability,
    removeSelectors: lines(draft.removeSelectors),
    fieldSelectors: selectors,
    frontMatter,
    markdown: { ...draft.markdown },
    ...(draft.contentSelector.trim() && { contentSelector: draft.contentSelector.trim() }),
    ...(draft.preset && { preset: draft.preset }),
    ...(draft.fileName.trim() && { fileName: draft.fileName.trim() }),
  };
  return { rule, problems };
}

/** Entries of a one-per-line field, each with the line it stands on (1-based), blank lines skipped. */
export function numberedLines(text: string): { line: number; text: string }[] {
  return text.split('\n').flatMap((raw, i) => (raw.trim() ? [{ line: i + 1, text: raw.trim() }] : []));
}

function lines(text: string): string[] {
  return numberedLines(text).map((entry) => entry.text);
}

function overrideCell(value: FrontMatterValue): Pick<OverrideRow, 'type' | 'value'> {
  if (Array.isArray(value)) return { type: 'list', value: value.join(', ') };
  if (typeof value === 'boolean') return { type: 'boolean', value: String(value) };
  if (typeof value === 'number') return { type: 'number', value: String(value) };
  if (value === null) return { type: 'empty', value: '' };
  return { type: 'text', value: String(value) };
}

type Parsed = { ok: true; value: FrontMatterValue } | { ok: false; message: string };

function overrideValue(row: OverrideRow): Parsed {
  switch (row.type) {
    case 'text':
      return { ok: true, value: row.value };
    case 'list': {
      // "[a, b]" as YAML writes it is accepted too.
      const inner = row.value.trim().replace(/^\[([\s\S]*)\]$/, '$1');
      return { ok: true, value: inner.split(LIST_SEPARATOR).map((item) => item.trim()).filter(Boolean) };
    }
    case 'boolean':
      return row.value === 'true' || row.value === 'false' ? { ok: true, value: row.value === 'true' } : { ok: false, message: 'Choose true or false' };
    case 'number': {
      const text = row.value.trim();
      const number = Number(text);
      return text && Number.isFinite(number) ? { ok: true, value: number } : { ok: false, message: `“${row.value}” is not a number` };
    }
    case 'empty':
      return { ok: true, value: null };
  }
}
