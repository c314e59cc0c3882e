// The site's display name: declared names first (og:site_name, JSON-LD publisher/WebSite, application-name),
// then the part of <title> identified as the site's. The host label is matched against titles but never shown.
import { cleanText } from './clean-text';
import type { JsonLdFacts } from './json-ld';
import type { MetaTags } from './meta-tags';

/** A longer "site name" is a slogan or description stuffed into the tag. */
const MAX_SITE_NAME_CHARS = 60;

export function findSiteName(meta: MetaTags, jsonLd: JsonLdFacts, titleSitePart: string | null, title = ''): string | null {
  const candidates = [
    meta.first('og:site_name'),
    jsonLd.publisherName,
    jsonLd.websiteName,
    meta.first('application-name'),
    titleSitePart,
  ];
  for (const candidate of candidates) {
    const name = cleanText(candidate);
    // Templates sometimes fill og:site_name with the headline; that names nothing.
    if (name && name !== title && name.length <= MAX_SITE_NAME_CHARS && !/^https?:\/\//i.test(name)) return name;
  }
  return null;
}
