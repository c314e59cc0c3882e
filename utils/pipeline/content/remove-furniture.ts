// Removes page furniture that Readability keeps (it scores Chinese news pages' share bars,
// notices and related lists as article). Runs before Readability on the cloned page and again
// on the article it returns. Judged by wording and class names, never by a site's name.
import {
  DATE_IN_TEXT,
  FURNITURE_CLASS,
  FURNITURE_PREFIXES,
  MAX_FURNITURE_CLASS_CHARS,
  MAX_HEADING_CHARS,
  MAX_META_LINE_CHARS,
  MAX_PROMOTION_CHARS,
  MAX_PROMOTION_SENTENCES,
  MAX_VIEW_COUNTER_CHARS,
  PROMOTION_WORDS,
  RELATED_HEADING,
  SENTENCE_END,
  VIEW_COUNTER,
} from './furniture-patterns';
import { cleanText } from '../metadata/clean-text';

const NEVER_REMOVE = new Set(['HTML', 'HEAD', 'BODY', 'MAIN', 'ARTICLE']);

export function normalizedText(el: Element): string {
  return cleanText(el.textContent);
}

const BLOCK_SELECTOR = 'p, div, section, article, aside, ul, ol, li, table, blockquote, h1, h2, h3, h4, h5, h6, pre, figure, dl, header, footer, nav';

/** Judged line by line: a block with other blocks inside is a container, not a line. */
function isFurnitureLine(el: Element, text: string): boolean {
  if (el.querySelector(BLOCK_SELECTOR)) return false;
  if (FURNITURE_PREFIXES.some(({ pattern, maxChars }) => text.length <= maxChars && pattern.test(text))) return true;
  if (text.length <= MAX_VIEW_COUNTER_CHARS && VIEW_COUNTER.test(text)) return true;
  return text.length <= MAX_META_LINE_CHARS && DATE_IN_TEXT.test(text) && !SENTENCE_END.test(text);
}

/** Promotions are removed whole (heading, phone lines, QR code), so containers count too. */
function isFurnitureBlock(el: Element, text: string): boolean {
  if (text.length <= MAX_PROMOTION_CHARS && PROMOTION_WORDS.test(text) && sentenceCount(text) <= MAX_PROMOTION_SENTENCES) return true;
  const classAndId = `${el.getAttribute('class') ?? ''} ${el.id}`;
  return text.length <= MAX_FURNITURE_CLASS_CHARS && FURNITURE_CLASS.test(classAndId);
}

/** Sentences that end inside the text; a final stop does not count, so a one-line call to action has none. */
function sentenceCount(text: string): number {
  return text.replace(/[。.!！?？]\s*$/, '').split(SENTENCE_END).length - 1;
}

/** Keeps the element that holds the headline and the article's longest paragraphs. */
function isProtected(el: Element): boolean {
  return NEVER_REMOVE.has(el.tagName) || el.querySelector('h1') !== null;
}

export function removeFurniture(root: Element): void {
  for (const el of Array.from(root.querySelectorAll('*'))) {
    if (!root.contains(el) || isProtected(el)) continue;
    const text = normalizedText(el);
    if (isRelatedHeading(el, text)) {
      removeWithFollowing(el);
    } else if (isFurnitureLine(el, text) || isFurnitureBlock(el, text)) {
      el.remove();
    }
  }
}

function isRelatedHeading(el: Element, text: string): boolean {
  if (text.length > MAX_HEADING_CHARS || !RELATED_HEADING.test(text)) return false;
  // The heading itself, not a wrapper that happens to hold only the heading's text.
  return el.children.length === 0 || /^H[1-6]$/.test(el.tagName);
}

/** A "related articles" heading owns every sibling after it: the list it introduces. */
function removeWithFollowing(heading: Element): void {
  let node = heading.nextSibling;
  while (node) {
    const next = node.nextSibling;
    node.remove();
    node = next;
  }
  heading.remove();
}
