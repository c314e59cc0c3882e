// Locates the element showing the headline, so that the byline and date printed after it can be read.
// The plausible h1 wins; otherwise the first text node reading like the title (links only as a fallback).
import { cleanText } from './clean-text';

/** Text nodes visited looking for the headline; it is printed near the top of the body. */
const MAX_TEXT_NODES = 5000;
/** Below this a "match" is a word, not the headline. */
const MIN_TITLE_CHARS = 4;
/** A text node covering most of the title ("标题(图)", a title cut short) still marks its place. */
const MIN_OVERLAP_RATIO = 0.8;
const SHOW_TEXT = 4;
const SKIPPED_PARENTS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TITLE', 'TEXTAREA', 'OPTION']);

export function findTitleAnchor(doc: Document, title: string, h1: Element | null): Element | null {
  if (h1) return h1;
  const wanted = cleanText(title);
  const root = doc.body;
  if (!root || wanted.length < MIN_TITLE_CHARS) return null;

  const walker = doc.createTreeWalker(root, SHOW_TEXT);
  let linkMatch: Element | null = null;
  for (let visited = 0; visited < MAX_TEXT_NODES; visited++) {
    const node = walker.nextNode();
    if (!node) break;
    const parent = node.parentElement;
    if (!parent || SKIPPED_PARENTS.has(parent.tagName.toUpperCase())) continue;
    const text = cleanText(node.nodeValue);
    if (text.length < MIN_TITLE_CHARS || !overlaps(text, wanted)) continue;
    // Breadcrumbs and "related" lists repeat the headline as a link; the printed headline is not one.
    if (!parent.closest('a')) return parent;
    linkMatch ??= parent;
  }
  return linkMatch;
}

function overlaps(text: string, title: string): boolean {
  if (text === title) return true;
  const [shorter, longer] = text.length < title.length ? [text, title] : [title, text];
  return longer.includes(shorter) && shorter.length >= longer.length * MIN_OVERLAP_RATIO;
}
