// The headline. Titles the publisher declares for the article (JSON-LD headline, og:title, dc:title, …) are
// taken as written; then the article's h1 when <title> confirms it is the headline; then <title> without the
// site name. Site names are cut from <title> only: it is where sites append them, and declared titles that
// carry one were chosen that way by the publisher. Also reports which part of <title> names the site.
import { cleanText } from './clean-text';
import { cleanTitleText } from './clean-title-text';
import type { JsonLdFacts } from './json-ld';
import type { MetaTags } from './meta-tags';
import { splitSiteFromTitle } from './split-title';

/** Headings read to confirm where the headline ends inside <title>. */
const MAX_CONFIRMING_HEADINGS = 10;
/** Share of a candidate's words found in <title> for it to be the same headline (Readability uses 0.75 too). */
const SAME_TITLE_SIMILARITY = 0.75;
/** Metas declaring the article's title, in the order Readability trusts them (Dublin Core is rare but deliberate). */
const TITLE_META_KEYS = ['dc:title', 'dcterm:title', 'og:title', 'twitter:title', 'parsely-title', 'weibo:article:title'];

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
  const pageTitle = cleanTitleText(doc.querySelector('title')?.textContent);
  const headings = Array.from(doc.querySelectorAll('h1, h2'))
    .slice(0, MAX_CONFIRMING_HEADINGS)
    .map((heading) => cleanText(heading.textContent))
    .filter(Boolean);
  const fromPageTitle = pageTitle ? splitSiteFromTitle(pageTitle, { siteNames, headings, generic: true }) : null;
  const sitePart = fromPageTitle?.sitePart ?? null;
  const lowerSiteNames = new Set(siteNames.map((name) => name.toLowerCase()));

  const declared = [jsonLdTitle(jsonLd, pageTitle), ...TITLE_META_KEYS.map((key) => meta.first(key))];
  for (const candidate of declared) {
    const value = cleanTitleText(candidate);
    // A title that is only the site's name (templates fill og:title that way) says nothing.
    if (value && !lowerSiteNames.has(value.toLowerCase())) return { title: value, sitePart };
  }

  const heading = cleanText(h1?.textContent);
  // An h1 that <title> does not repeat is a section or logo heading more often than the headline.
  if (heading && (!pageTitle || squash(pageTitle).includes(squash(heading)))) return { title: heading, sitePart };
  return { title: fromPageTitle?.headline ?? '', sitePart };
}

/**
 * JSON-LD headline, or the article's `name` where the headline does not match <title> and the name does: some
 * sites put a teaser or a category in `headline` ("Wikimedia list article"), others their own name in `name`.
 */
function jsonLdTitle(jsonLd: JsonLdFacts, pageTitle: string): string | null {
  const { headline, name } = jsonLd;
  if (!headline || !name || headline === name || !pageTitle) return headline ?? name ?? null;
  if (similarity(headline, pageTitle) >= SAME_TITLE_SIMILARITY) return headline;
  return similarity(name, pageTitle) >= SAME_TITLE_SIMILARITY ? name : headline;
}

/** Share of the words of `a` found in `b`. */
function similarity(a: string, b: string): number {
  const words = wordsOf(a);
  if (words.length === 0) return 0;
  const other = new Set(wordsOf(b));
  return words.filter((word) => other.has(word)).length / words.length;
}

function wordsOf(text: string): string[] {
  // Han characters count one by one: Chinese has no spaces between words.
  return text.toLowerCase().match(/[\p{scx=Han}]|[\p{L}\p{N}]+/gu) ?? [];
}

function squash(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}
