// What counts as a paragraph of prose: the one thing page furniture never holds. Furniture rules use it as
// their guard, so a block that reads like the story is never taken for a menu, a side column or a list.
import { SENTENCE_END } from './furniture-patterns';
import { cleanText } from '../metadata/clean-text';

/** Unlinked text a paragraph has at least; related-list summaries are cut shorter. */
const MIN_PROSE_CHARS = 80;
/** A story's paragraph may hold a link or two; a teaser is mostly its headline link. */
const MAX_PROSE_LINK_SHARE = 0.25;
const LIST_TAGS = new Set(['UL', 'OL', 'DL', 'MENU']);
const ELEMENT_NODE = 1;

export function holdsProse(el: Element): boolean {
  return Array.from(el.getElementsByTagName('p')).some(isProse);
}

export function isProse(node: ChildNode): boolean {
  if (node.nodeType === ELEMENT_NODE && LIST_TAGS.has((node as Element).tagName.toUpperCase())) return false;
  const text = cleanText(node.textContent);
  if (text.length < MIN_PROSE_CHARS || !SENTENCE_END.test(text)) return false;
  if (node.nodeType !== ELEMENT_NODE) return true;
  const linked = linkedChars(node as Element);
  return text.length - linked >= MIN_PROSE_CHARS && linked / text.length <= MAX_PROSE_LINK_SHARE;
}

/** Characters of the element's text that sit in links. */
export function linkedChars(el: Element): number {
  return Array.from(el.querySelectorAll('a[href]')).reduce((sum, a) => sum + cleanText(a.textContent).length, 0);
}
