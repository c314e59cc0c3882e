// Every name the page gives itself (og:site_name, application-name, JSON-LD publisher and WebSite,
// twitter:site) plus the host's brand label: what a title's site part is compared against.
import { cleanText } from './clean-text';
import type { JsonLdFacts } from './json-ld';
import type { MetaTags } from './meta-tags';
import { registrableName } from './registrable-name';

export function collectSiteNames(meta: MetaTags, jsonLd: JsonLdFacts, url: string): string[] {
  const names = [
    meta.first('og:site_name'),
    meta.first('application-name'),
    jsonLd.publisherName,
    jsonLd.websiteName,
    meta.first('twitter:site')?.replace(/^@/, ''),
    meta.first('apple-mobile-web-app-title'),
    registrableName(url),
  ];
  const unique = new Set<string>();
  for (const name of names) {
    const clean = cleanText(name);
    if (clean) unique.add(clean);
  }
  return [...unique];
}
