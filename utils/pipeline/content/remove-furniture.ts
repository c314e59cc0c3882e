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
/** No furniture pattern applies to longer text, so longer elements are never read as text. */
const MAX_JUDGED_CHARS = Math.max(
  MAX_PROMOTION_CHARS, MAX_FURNITURE_CLASS_CHARS, MAX_META_LINE_CHARS, MAX_VIEW_COUNTER_CHARS, MAX_HEADING_CHARS,
  ...FURNITURE_PREFIXES.map(({ maxChars }) => maxChars),
);

export function normalizedText(el: Element): string {
  return cleanText(el.textContent);
}

const BLOCK_TAGS = new Set([
  'P', 'DIV', 'SECTION', 'ARTICLE', 'ASIDE', 'UL', 'OL', 'LI', 'TABLE', 'BLOCKQUOTE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6',
  'PRE', 'FIGURE', 'DL', 'HEADER', 'FOOTER', 'NAV',
]);

/** What the rules need to know of an element, measured for the whole tree in one walk. */
interface Shape {
  /** Length of the text with whitespace runs collapsed: an upper bound on the cleaned text's length. */
  chars: number;
  hasBlockInside: boolean;
  hasH1Inside: boolean;
}

/** Every element under `root` in document order, with its shape. */
function measure(root: Element): Array<[Element, Shape]> {
  const shapes: Array<[Element, Shape]> = [];
  const visit = (el: Element): Shape => {
    const shape: Shape = { chars: 0, hasBlockInside: false, hasH1Inside: false };
    if (el !== root) shapes.push([el, shape]);
    for (let child = el.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === TEXT_NODE) {
        shape.chars += collapsedLength(child.nodeValue ?? '');
      } else if (child.nodeType === ELEMENT_NODE) {
        const inner = visit(child as Element);
        const tag = (child as Element).tagName.toUpperCase();
        shape.chars += inner.chars;
        shape.hasBlockInside ||= inner.hasBlockInside || BLOCK_TAGS.has(tag);
        shape.hasH1Inside ||= inner.hasH1Inside || tag === 'H1';
      }
    }
    return shape;
  };
  visit(root);
  return shapes;
}

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

function collapsedLength(text: string): number {
  return text.length === 0 ? 0 : text.replace(/[\s\u00a0\u3000\u200b\ufeff]+/g, ' ').length;
}

/** Judged line by line: a block with other blocks inside is a container, not a line. */
function isFurnitureLine(shape: Shape, text: string): boolean {
  if (shape.hasBlockInside) return false;
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

/**
 * Elements are judged in document order, so a container goes whole before its lines are looked at; what an
 * element holds is measured before anything is removed, and removals only ever take an element's own subtree
 * or later siblings, so the measure of each element still holds when its turn comes.
 */
export function removeFurniture(root: Element): void {
  // Walking our own array: iterating a live jsdom HTMLCollection costs more than all the rules together.
  for (const [el, shape] of measure(root)) {
    // The element holding the headline also holds the article; it is never furniture.
    if (shape.chars > MAX_JUDGED_CHARS || NEVER_REMOVE.has(el.tagName.toUpperCase()) || shape.hasH1Inside) continue;
    if (!root.contains(el)) continue;
    const text = normalizedText(el);
    if (isRelatedHeading(el, text)) {
      removeWithFollowing(el);
    } else if (isFurnitureLine(shape, text) || isFurnitureBlock(el, text)) {
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
