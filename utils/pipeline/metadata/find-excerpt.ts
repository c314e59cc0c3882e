// The page's own summary: og:description, description, twitter:description, then JSON-LD description.
import { cleanText } from './clean-text';
import type { JsonLdFacts } from './json-ld';
import type { MetaTags } from './meta-tags';

export function findExcerpt(meta: MetaTags, jsonLd: JsonLdFacts): string | null {
  const candidates = [meta.first('og:description'), meta.first('description'), meta.first('twitter:description'), jsonLd.description];
  for (const candidate of candidates) {
    const text = cleanText(candidate);
    if (text) return text;
  }
  return null;
}
