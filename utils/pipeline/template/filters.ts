// The filters a template can chain after a value (`{{title|slug}}`), with their parameters
// (checked before rendering) and one-line help. Text filters apply to each item of a list.
import { DATE_TOKENS, formatDate } from './date-format';
import { slugify } from './slugify';
import type { HelpEntry } from './template-variables';
import { isEmptyValue, type TemplateValue } from './template-value';

/** `text`: quoted text; `count`: a whole number above zero; `value`: text, a number or a variable. */
export type ParamKind = 'text' | 'count' | 'value';

export interface FilterSpec extends HelpEntry {
  /** How it is written, for help and error messages. */
  syntax: string;
  params: readonly { kind: ParamKind; optional?: boolean }[];
  /** A further rule for literal arguments; returns the problem, if any. */
  checkArgs?: (args: readonly (string | number)[]) => string | null;
  apply: (value: TemplateValue, args: readonly TemplateValue[]) => TemplateValue;
}

const eachText =
  (transform: (text: string, args: readonly TemplateValue[]) => string) =>
  (value: TemplateValue, args: readonly TemplateValue[]): TemplateValue => {
    if (value === null) return null;
    if (Array.isArray(value)) return value.map((item) => transform(item, args));
    return transform(String(value), args);
  };

const ELLIPSIS = '…';

function truncate(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length <= max ? text : chars.slice(0, max - 1).join('') + ELLIPSIS;
}

const FILTERS: readonly FilterSpec[] = [
  {
    name: 'date',
    syntax: 'date:"YYYY-MM-DD HH:mm"',
    description: `Formats a date in its own time zone (tokens ${DATE_TOKENS.join(' ')}, [text] literal); without a pattern, ISO 8601. Text that is not a date stays as it is`,
    params: [{ kind: 'text', optional: true }],
    apply: (value, [pattern]) => {
      const format = (text: string) => formatDate(text, pattern as string | undefined) ?? text;
      if (Array.isArray(value)) return value.map(format);
      return typeof value === 'string' ? format(value) : value;
    },
  },
  {
    name: 'slug',
    syntax: 'slug',
    description: 'Lower-case words joined by dashes, for file names and URLs; Chinese characters are kept',
    params: [],
    apply: eachText(slugify),
  },
  { name: 'lower', syntax: 'lower', description: 'Lower case', params: [], apply: eachText((text) => text.toLowerCase()) },
  { name: 'upper', syntax: 'upper', description: 'Upper case', params: [], apply: eachText((text) => text.toUpperCase()) },
  { name: 'trim', syntax: 'trim', description: 'Removes spaces and line breaks at both ends', params: [], apply: eachText((text) => text.trim()) },
  {
    name: 'default',
    syntax: 'default:"Unknown"',
    description: 'Used when the value is missing, blank or an empty list; may name another variable: default:clipped',
    params: [{ kind: 'value' }],
    apply: (value, [fallback]) => (isEmptyValue(value) ? fallback! : value),
  },
  {
    name: 'join',
    syntax: 'join:", "',
    description: 'Joins a list into one text with the separator (default ", ")',
    params: [{ kind: 'text', optional: true }],
    apply: (value, [separator]) => (Array.isArray(value) ? value.join((separator as string | undefined) ?? ', ') : value),
  },
  {
    name: 'truncate',
    syntax: 'truncate:80',
    description: 'At most this many characters, ending in “…” when cut',
    params: [{ kind: 'count' }],
    apply: eachText((text, [max]) => truncate(text, max as number)),
  },
  {
    name: 'replace',
    syntax: 'replace:"old":"new"',
    description: 'Replaces every occurrence of the first text with the second',
    params: [{ kind: 'text' }, { kind: 'text' }],
    checkArgs: ([search]) => (search === '' ? 'Nothing to replace: the first text of "replace" is empty' : null),
    apply: eachText((text, [search, replacement]) => text.split(search as string).join(replacement as string)),
  },
];

export const TEMPLATE_FILTERS: readonly (HelpEntry & { syntax: string })[] = FILTERS.map(({ name, syntax, description }) => ({ name, syntax, description }));

const BY_NAME = new Map(FILTERS.map((filter) => [filter.name, filter]));

export function findFilter(name: string): FilterSpec | undefined {
  return BY_NAME.get(name);
}

export const FILTER_NAMES: readonly string[] = FILTERS.map((filter) => filter.name);
