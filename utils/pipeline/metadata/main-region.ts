// The element holding the article: the <article>/<main> around the headline, else the first one in the page.
// Null when the page marks up no such region (common on older Chinese portals).
import { findElements } from './find-elements';

const REGION_SELECTOR = 'article, main, [role="main"], [itemprop~="articleBody"]';

export function findMainRegion(doc: Document, headline: Element | null): Element | null {
  return headline?.closest(REGION_SELECTOR) ?? findElements(doc, isRegion, 1)[0] ?? null;
}

function isRegion(element: Element): boolean {
  const tag = element.tagName.toUpperCase();
  if (tag === 'ARTICLE' || tag === 'MAIN') return true;
  if (element.getAttribute('role') === 'main') return true;
  return (element.getAttribute('itemprop') ?? '').split(/\s+/).includes('articleBody');
}
