// Index of the page's <meta> values by lower-cased name / property / itemprop / http-equiv.
// Built in one pass so each field lookup is a map read; only non-empty `content` values are kept.
import { cleanText } from './clean-text';

/** Pages with more metas than this are generated junk; the real ones sit near the top of <head>. */
const MAX_META_ELEMENTS = 2000;

export interface MetaTags {
  /** First non-empty value among `keys`, tried in order. */
  first(...keys: string[]): string | null;
  /** Every value of one key, in document order. */
  all(key: string): string[];
  /** First value of every key, for `{{meta:name}}` in templates; long values are cut. */
  record(): Record<string, string>;
}

/** Keeps the clip result small when a page stuffs its head with metas or megabyte values. */
const MAX_RECORD_KEYS = 300;
const MAX_RECORD_VALUE = 2000;

export function readMetaTags(doc: Document): MetaTags {
  const index = new Map<string, string[]>();
  const metas = doc.getElementsByTagName('meta');
  const count = Math.min(metas.length, MAX_META_ELEMENTS);
  for (let i = 0; i < count; i++) {
    const meta = metas[i];
    if (!meta) continue;
    const content = cleanText(meta.getAttribute('content'));
    if (!content) continue;
    const keys = new Set<string>();
    for (const attr of ['name', 'property', 'http-equiv']) {
      const key = cleanText(meta.getAttribute(attr)).toLowerCase();
      if (key) keys.add(key);
    }
    // itemprop and property may hold several space-separated tokens.
    for (const attr of ['itemprop', 'property']) {
      for (const token of cleanText(meta.getAttribute(attr)).toLowerCase().split(' ')) {
        if (token) keys.add(token);
      }
    }
    for (const key of keys) {
      const list = index.get(key);
      if (list) list.push(content);
      else index.set(key, [content]);
    }
  }
  return {
    first(...keys) {
      for (const key of keys) {
        const value = index.get(key.toLowerCase())?.[0];
        if (value) return value;
      }
      return null;
    },
    all(key) {
      return [...(index.get(key.toLowerCase()) ?? [])];
    },
    record() {
      const out: Record<string, string> = {};
      for (const [key, values] of [...index].slice(0, MAX_RECORD_KEYS)) out[key] = values[0]!.slice(0, MAX_RECORD_VALUE);
      return out;
    },
  };
}
