// The headline: JSON-LD headline, og:title, the single plausible h1, then <title>; site names stripped.
// Also reports which part of <title> names the site, the last-resort site name.
import { cleanText } from './clean-text';
import type { JsonLdFacts } from './json-ld';
import type { MetaTags } from './meta-tags';
import { splitSiteFromTitle } from './split-title';

/** Headings read to confirm where the headline ends inside <title>. */
const MAX_CONFIRMING_HEADINGS = 10;

export interface TitleInput {
  doc: Document;
  meta: MetaTags;
  jsonLd: JsonLdFacts;
  siteNames: readonly string[];
  h1: Element | null;
}

export interface TitleFindings {
  /** Empty when the page offers no title at all. */
  title: string;
  sitePart: string | null;
}

export function findTitle({ doc, meta, jsonLd, siteNames, h1 }: TitleInput): TitleFindings {
  const headings = Array.from(doc.querySelectorAll('h1, h2'))
    .slice(0, MAX_CONFIRMING_HEADINGS)
    .map((heading) => cleanText(heading.textContent))
    .filter(Boolean);
  const titleElement = doc.querySelector('title');
  const pageTitle = cleanText(titleElement?.textContent);
  const fromPageTitle = pageTitle ? splitSiteFromTitle(pageTitle, { siteNames, headings, generic: true }) : null;
  const knownSiteParts = fromPageTitle?.sitePart ? [...siteNames, fromPageTitle.sitePart] : siteNames;
  const lowerSiteNames = new Set(siteNames.map((name) => name.toLowerCase()));

  const strip = (value: string): string => {
    if (fromPageTitle && value === pageTitle) return fromPageTitle.headline;
    return splitSiteFromTitle(value, { siteNames: knownSiteParts, headings, generic: false }).headline;
  };
  const candidates = [jsonLd.headline, meta.first('og:title'), h1 ? cleanText(h1.textContent) : null];
  for (const candidate of candidates) {
    const value = cleanText(candidate);
    // A title that is only the site's name (templates fill og:title that way) says nothing.
    if (!value || lowerSiteNames.has(value.toLowerCase())) continue;
    const stripped = strip(value);
    if (stripped) return { title: stripped, sitePart: fromPageTitle?.sitePart ?? null };
  }
  return { title: fromPageTitle?.headline ?? '', sitePart: fromPageTitle?.sitePart ?? null };
}
