// The article's <h1>, when the page has exactly one plausible headline (identical repeats count once).
// Several different h1s (logo, sidebar titles) make any pick a guess, so none is returned; nor is a logo h1.
import { cleanText } from './clean-text';
import { isInCommentOrForm } from './comment-region';
import { matchesSiteName } from './site-name-match';

/** Headings beyond this are layout abuse (whole paragraphs in h1). */
const MAX_H1_CHARS = 300;
/** Only the first headings are considered; a page with more is a listing, not an article. */
const MAX_H1_ELEMENTS = 30;

export function findPlausibleH1(doc: Document, siteNames: readonly string[]): Element | null {
  const plausible = Array.from(doc.getElementsByTagName('h1'))
    .slice(0, MAX_H1_ELEMENTS)
    .filter((h1) => {
      const text = cleanText(h1.textContent);
      return text.length >= 2 && text.length <= MAX_H1_CHARS && !matchesSiteName(text, siteNames) && !isInCommentOrForm(h1);
    });
  const inMain = plausible.filter((h1) => h1.closest('article, main, [role="main"]'));
  for (const group of [inMain, plausible]) {
    const texts = new Set(group.map((h1) => cleanText(h1.textContent)));
    if (texts.size === 1) return group[0] ?? null;
  }
  return null;
}
