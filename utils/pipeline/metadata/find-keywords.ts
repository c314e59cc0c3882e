// Keywords from the first source that has any: keywords metas, article:tag metas, JSON-LD keywords.
// Lists are split on Latin and Chinese separators, trimmed, de-duplicated (case-insensitively), capped.
import { cleanText } from './clean-text';
import type { JsonLdFacts } from './json-ld';
import type { MetaTags } from './meta-tags';

/** Pages stuffing hundreds of keywords are doing SEO, not describing the article. */
const MAX_KEYWORDS = 30;
/** A "keyword" longer than this is a sentence. */
const MAX_KEYWORD_CHARS = 60;
const SEPARATORS = /[,，、;；]/;

export function findKeywords(meta: MetaTags, jsonLd: JsonLdFacts): string[] {
  const sources = [
    [...meta.all('keywords'), ...meta.all('news_keywords')],
    meta.all('article:tag'),
    jsonLd.keywords,
  ];
  for (const source of sources) {
    const keywords = splitKeywords(source);
    if (keywords.length > 0) return keywords;
  }
  return [];
}

function splitKeywords(values: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const value of values) {
    for (const part of value.split(SEPARATORS)) {
      const keyword = cleanText(part);
      const key = keyword.toLowerCase();
      if (!keyword || keyword.length > MAX_KEYWORD_CHARS || seen.has(key)) continue;
      seen.add(key);
      out.push(keyword);
      if (out.length >= MAX_KEYWORDS) return out;
    }
  }
  return out;
}
