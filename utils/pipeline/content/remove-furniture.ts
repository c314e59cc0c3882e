// Removes page furniture that Readability keeps (it scores Chinese news pages' share bars,
// notices and related lists as article). Runs before Readability on the cloned page and again
// on the article it returns. Judged by wording and class names, never by a site's name.
import {
  CONTROL_SEPARATORS,
  DATE_IN_TEXT,
  FURNITURE_CLASS,
  FURNITURE_PREFIXES,
  MAX_CONTROL_LINE_CHARS,
  MAX_FURNITURE_CLASS_CHARS,
  MAX_HEADING_CHARS,
  MAX_META_LINE_CHARS,
  MAX_NOTICE_CHARS,
  MAX_NOTICE_SENTENCES,
  MAX_PROMOTION_CHARS,
  MAX_PROMOTION_SENTENCES,
  MAX_TEASER_CHARS,
  MAX_READER_COUNT_CHARS,
  MAX_VIEW_COUNTER_CHARS,
  MIN_SIDE_COLUMN_LINK_SHARE,
  NOTICE_WORDS,
  PAGE_CONTROL_WORDS,
  PROMOTION_WORDS,
  RATING_PROMPT,
  READER_COUNT,
  RELATED_HEADING,
  SENTENCE_END,
  SIDE_COLUMN_CLASS,
  TEASER_ENDING,
  VIEW_COUNTER,
  VOTE_BUTTON,
} from './furniture-patterns';
import { isDataTable } from './data-table';
import { standsOnItsOwnLine } from './own-line';
import { holdsProse, isProse, linkedChars } from './prose';
import { isScreenReaderLabel } from './screen-reader-text';
import { isLinkMenu, isNavigationLandmark } from './site-navigation';
import { cleanText, WHITESPACE_RUN } from '../metadata/clean-text';

const NEVER_REMOVE = new Set(['HTML', 'HEAD', 'BODY', 'MAIN', 'ARTICLE']);
/** No furniture pattern applies to longer text, so longer elements are never read as text. */
const MAX_JUDGED_CHARS = Math.max(
  MAX_PROMOTION_CHARS, MAX_NOTICE_CHARS, MAX_FURNITURE_CLASS_CHARS, MAX_META_LINE_CHARS, MAX_VIEW_COUNTER_CHARS,
  MAX_HEADING_CHARS, MAX_CONTROL_LINE_CHARS, MAX_READER_COUNT_CHARS, ...FURNITURE_PREFIXES.map(({ maxChars }) => maxChars),
);
const ALL_DATES = new RegExp(DATE_IN_TEXT.source, 'gi');
/** What a heading's own wrapper may hold besides it: more headings and inline markup. */
const HEADING_GROUP_TAGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'A', 'SPAN', 'B', 'STRONG', 'EM', 'I', 'FONT', 'BR', 'IMG']);

export function normalizedText(el: Element): string {
  return cleanText(el.textContent);
}

/** A table row is a line of its own: a table is a container of lines, never one line. */
const BLOCK_TAGS = new Set([
  'P', 'DIV', 'SECTION', 'ARTICLE', 'ASIDE', 'UL', 'OL', 'LI', 'TABLE', 'TR', 'BLOCKQUOTE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6',
  'PRE', 'FIGURE', 'DL', 'HEADER', 'FOOTER', 'NAV',
]);

/** What the rules need to know of an element, measured for the whole tree in one walk. */
interface Shape {
  /** Length of the text with whitespace runs collapsed: an upper bound on the cleaned text's length. */
  chars: number;
  hasBlockInside: boolean;
  hasH1Inside: boolean;
}

/**
 * Every element under `root` in document order, with its shape. Code and the cells of a data table are never
 * judged, so never listed.
 */
function measure(root: Element): Array<[Element, Shape]> {
  const shapes: Array<[Element, Shape]> = [];
  const visit = (el: Element, unjudged: boolean): Shape => {
    const shape: Shape = { chars: 0, hasBlockInside: false, hasH1Inside: false };
    if (el !== root && !unjudged) shapes.push([el, shape]);
    const childrenUnjudged = unjudged || (el.tagName.toUpperCase() === 'TABLE' && isDataTable(el));
    for (let child = el.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === TEXT_NODE) {
        shape.chars += collapsedLength(child.nodeValue ?? '');
      } else if (child.nodeType === ELEMENT_NODE) {
        const tag = (child as Element).tagName.toUpperCase();
        const inner = visit(child as Element, childrenUnjudged || CODE_TAGS.has(tag));
        shape.chars += inner.chars;
        shape.hasBlockInside ||= inner.hasBlockInside || BLOCK_TAGS.has(tag);
        shape.hasH1Inside ||= inner.hasH1Inside || tag === 'H1';
      }
    }
    return shape;
  };
  visit(root, false);
  return shapes;
}

/** A code listing's "// false" or "print" is code, however much it looks like a control. */
const CODE_TAGS = new Set(['PRE', 'CODE', 'KBD', 'SAMP']);
const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

function collapsedLength(text: string): number {
  return text.length === 0 ? 0 : text.replace(WHITESPACE_RUN, ' ').length;
}

/** Judged line by line: a block with other blocks inside is a container, not a line. */
function isFurnitureLine(shape: Shape, text: string): boolean {
  if (shape.hasBlockInside) return false;
  if (FURNITURE_PREFIXES.some(({ pattern, maxChars }) => text.length <= maxChars && pattern.test(text))) return true;
  if (text.length <= MAX_VIEW_COUNTER_CHARS && VIEW_COUNTER.test(text)) return true;
  if (text.length <= MAX_READER_COUNT_CHARS && READER_COUNT.test(text)) return true;
  if (text.length <= MAX_CONTROL_LINE_CHARS && isPageControl(text)) return true;
  if (text.length <= MAX_TEASER_CHARS && TEASER_ENDING.test(text)) return true;
  // A notice shares its container with the article often enough that only its own lines are judged.
  if (text.length <= MAX_NOTICE_CHARS && NOTICE_WORDS.test(text) && sentenceCount(text) <= MAX_NOTICE_SENTENCES) return true;
  return text.length <= MAX_META_LINE_CHARS && DATE_IN_TEXT.test(text) && !SENTENCE_END.test(text.replace(ALL_DATES, ' '));
}

/** Nothing but control words, separators and counts. */
function isPageControl(text: string): boolean {
  if (VOTE_BUTTON.test(text) || RATING_PROMPT.test(text)) return true;
  if (text.replace(CONTROL_SEPARATORS, '').length === 0) return false;
  return text.replace(PAGE_CONTROL_WORDS, '').replace(CONTROL_SEPARATORS, '').length === 0;
}

/**
 * Login boxes, search boxes, polls and sign-up forms: a form the reader fills in, with little text of its own.
 * A page wrapped whole in one form (ASP.NET does that) holds far more text, or a paragraph of prose, and stays.
 */
const MAX_FORM_CHARS = 600;
const USER_CONTROLS = 'input:not([type="hidden"]), select, textarea';
/**
 * Readability deletes the controls but keeps the form's labels, so forms are marked while the page is whole and
 * judged in the article: taken out before Readability, they change what it picks.
 */
const HAS_CONTROLS = 'data-clipdown-controls';

function markForms(root: Element): void {
  for (const form of Array.from(root.getElementsByTagName('form'))) if (form.querySelector(USER_CONTROLS)) form.setAttribute(HAS_CONTROLS, '');
}

function isFilledInForm(el: Element, text: string): boolean {
  return el.hasAttribute(HAS_CONTROLS) && text.length <= MAX_FORM_CHARS && !holdsProse(el);
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
 * `page`: before Readability, only whole blocks (related lists, promotions, furniture containers) go. Small
 * lines stay until Readability has chosen the article: taking out a comment's "X wrote on <date>" header
 * or a lone date is enough to tip its scoring toward the comments. `article`: every rule, on its result.
 */
export type FurnitureScope = 'page' | 'article';

/**
 * Elements are judged in document order, so a container goes whole before its lines are looked at; what an
 * element holds is measured before anything is removed, and removals only ever take an element's own subtree
 * or later siblings, so the measure of each element still holds when its turn comes.
 */
export function removeFurniture(root: Element, scope: FurnitureScope = 'article'): void {
  if (scope === 'page') markForms(root);
  const rootChars = scope === 'article' ? normalizedText(root).length : 0;
  // Walking our own array: iterating a live jsdom HTMLCollection costs more than all the rules together.
  for (const [el, shape] of measure(root)) {
    if (!root.contains(el) || NEVER_REMOVE.has(el.tagName.toUpperCase())) continue;
    // Menus and columns are judged at any size (a mega-menu or a column of lists runs long), and hidden labels
    // wherever they stand, in a sentence or not.
    if (
      isNavigationLandmark(el, shape.hasH1Inside) ||
      isScreenReaderLabel(el, shape.chars, shape.hasH1Inside) ||
      (scope === 'article' && (isSideColumn(el, shape, rootChars) || isLinkMenu(el)))
    ) {
      el.remove();
      continue;
    }
    // The element holding the headline also holds the article; it is never furniture.
    if (shape.chars > MAX_JUDGED_CHARS || shape.hasH1Inside) continue;
    const text = normalizedText(el);
    // A word inside a sentence is the sentence's, whatever it says; asked last, as it walks the element's line.
    if (isRelatedHeading(el, text)) {
      if (standsOnItsOwnLine(el)) removeWithFollowing(headingBlock(el, root));
    } else if ((scope === 'article' && (isFurnitureLine(shape, text) || isFilledInForm(el, text))) || isFurnitureBlock(el, text)) {
      if (standsOnItsOwnLine(el)) el.remove();
    }
  }
}

const COLUMN_TAGS = new Set(['DIV', 'ASIDE', 'SECTION', 'TD']);
/** What the story keeps besides a side column; less, and the "column" is the story itself. */
const MIN_STORY_CHARS = 80;

/**
 * A side column Readability took in with the story: named as one, without a paragraph of prose, mostly links,
 * and beside enough other text to be the story. Judged at any size, since a column of lists runs long.
 */
function isSideColumn(el: Element, shape: Shape, rootChars: number): boolean {
  if (!COLUMN_TAGS.has(el.tagName.toUpperCase()) || shape.hasH1Inside) return false;
  if (!SIDE_COLUMN_CLASS.test(`${el.getAttribute('class') ?? ''} ${el.id}`)) return false;
  const text = normalizedText(el);
  if (text.length === 0 || rootChars - text.length < MIN_STORY_CHARS || holdsProse(el)) return false;
  return linkedChars(el) / text.length >= MIN_SIDE_COLUMN_LINK_SHARE;
}

function isRelatedHeading(el: Element, text: string): boolean {
  if (text.length > MAX_HEADING_CHARS || !RELATED_HEADING.test(text)) return false;
  // The heading itself, not a wrapper that happens to hold only the heading's text.
  return el.children.length === 0 || /^H[1-6]$/.test(el.tagName);
}

/**
 * The heading together with the wrappers that hold nothing but it ("<div><h2>更多关于</h2><h2><a>标签</a></h2></div>"):
 * the list it introduces follows the outermost of them. A wrapper holding anything but headings and inline
 * elements (a menu list, a paragraph) is not the heading's.
 */
function headingBlock(heading: Element, root: Element): Element {
  let block = heading;
  for (let parent = block.parentElement; parent && parent !== root && !NEVER_REMOVE.has(parent.tagName.toUpperCase()); parent = parent.parentElement) {
    if (normalizedText(parent).length > MAX_HEADING_CHARS) break;
    if (!Array.from(parent.children).every((child) => HEADING_GROUP_TAGS.has(child.tagName.toUpperCase()))) break;
    block = parent;
  }
  return block;
}

/**
 * A "related articles" heading owns the siblings after it: the list it introduces. A paragraph of prose
 * ends that list: on some pages the related links open the article's own container, above the story.
 */
function removeWithFollowing(heading: Element): void {
  let node = heading.nextSibling;
  while (node && !isProse(node)) {
    const next = node.nextSibling;
    node.remove();
    node = next;
  }
  heading.remove();
}
