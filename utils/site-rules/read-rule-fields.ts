// The metadata a rule's field selectors point at, read from the whole page before extraction takes it
// apart. A value found here beats the heuristics; a selector that finds nothing usable leaves the
// heuristic value in place and says so, naming the rule and the field.
import type { ArticleMetadata } from '../pipeline/article';
import { isPlaceholderSrc } from '../pipeline/content/resolve-lazy-images';
import { cleanAuthor } from '../pipeline/metadata/clean-author';
import { cleanText } from '../pipeline/metadata/clean-text';
import { normalizeDate } from '../pipeline/metadata/normalize-date';
import { resolveHttpUrl } from '../pipeline/resolve-url';
import { queryRuleSelector } from './query-rule-selector';
import { ruleLabel, type FieldSelectors, type SiteRule } from './site-rule';

export type RuleFields = Partial<Pick<ArticleMetadata, keyof FieldSelectors>>;

interface FieldReader {
  read: (el: Element, url: string) => string | null;
  /** What the value should have been, for the warning when the element holds none. */
  expected: string;
  /** The field as the warning names what was kept. */
  noun: string;
}

/** Where pages keep an image's address: `src` (or a lazy loader's `data-src`), a meta tag's `content`, a link's `href`. */
const IMAGE_ATTRIBUTES = ['src', 'data-src', 'content', 'href'];

const READERS: Readonly<Record<keyof FieldSelectors, FieldReader>> = {
  title: { read: (el) => textOf(el) || null, expected: 'text', noun: 'title' },
  author: { read: (el) => cleanAuthor(textOf(el))?.name ?? null, expected: 'name', noun: 'author' },
  // A machine-readable date in `datetime` or `content` beats the text shown beside it.
  published: { read: (el) => firstOf([el.getAttribute('datetime'), el.getAttribute('content'), el.textContent], normalizeDate), expected: 'date', noun: 'date' },
  image: {
    read: (el, url) => firstOf(IMAGE_ATTRIBUTES.map((name) => el.getAttribute(name)).filter((value) => !isPlaceholderSrc(value)), (value) => resolveHttpUrl(value, url)),
    expected: 'image address',
    noun: 'image',
  },
};

export function readRuleFields(doc: Document, rule: SiteRule, url: string, warnings: string[]): RuleFields {
  const label = ruleLabel(rule);
  const fields: RuleFields = {};
  for (const field of Object.keys(READERS) as (keyof FieldSelectors)[]) {
    const selector = rule.fieldSelectors[field]?.trim();
    if (!selector) continue;
    const matches = queryRuleSelector(doc, selector, label, warnings);
    if (!matches) continue;
    const el = matches[0];
    const value = el ? READERS[field].read(el, url) : null;
    if (value !== null) {
      fields[field] = value;
    } else {
      const { expected, noun } = READERS[field];
      const why = el ? `found no ${expected} in what it matched` : 'matched nothing';
      warnings.push(`Rule "${label}": the ${field} selector "${selector}" ${why}; the ${noun} found automatically was kept.`);
    }
  }
  return fields;
}

/** Text as shown, or a meta tag's `content` (meta elements have no text). */
function textOf(el: Element): string {
  return cleanText(el.tagName === 'META' ? el.getAttribute('content') : el.textContent);
}

function firstOf(values: readonly (string | null)[], parse: (value: string) => string | null): string | null {
  for (const value of values) {
    const parsed = value ? parse(value) : null;
    if (parsed) return parsed;
  }
  return null;
}
