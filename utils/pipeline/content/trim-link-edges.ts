// Trims link lists off the two ends of an extracted article: channel navigation above the story, related
// headlines, tag clouds and ad links below it. Readability keeps them when they share a container with the
// story. Working inward from each end, lines that are mostly link text go; the first line of prose stops the
// trim, so links inside the story are never touched, and short plain lines at the ends ("(完)") are kept.
import { cleanText } from '../metadata/clean-text';

/** Share of a line's text inside links above which the line is a link list, not prose (Readability uses 0.5 for "link-heavy"). */
const LINK_DENSE_SHARE = 0.7;
/** Unlinked characters a line needs to count as prose: a short sentence in Chinese, a clause in English. */
const MIN_PROSE_CHARS = 20;
const SENTENCE_MARK = /[。！？；，,.!?;:：]/;

const LINE_TAGS = new Set(['P', 'LI', 'DIV', 'TD', 'TH', 'DD', 'DT', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'PRE', 'FIGURE', 'SECTION', 'ARTICLE', 'UL', 'OL', 'TABLE', 'TR', 'DL']);
const BLOCK_INSIDE_LINK = 'p, div, br, li, table, h1, h2, h3, h4, h5, h6, blockquote';
const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

interface Line {
  element: Element;
  chars: number;
  linkChars: number;
  hasMedia: boolean;
}

export function trimLinkEdges(root: Element): void {
  const lines = collectLines(root);
  const trimFrom = (ordered: Line[]): void => {
    for (const line of ordered) {
      if (line.hasMedia || isProse(line)) return;
      if (line.chars > 0 && line.linkChars / line.chars >= LINK_DENSE_SHARE) line.element.remove();
    }
  };
  trimFrom([...lines].reverse());
  trimFrom(lines.filter((line) => line.element.isConnected && root.contains(line.element)));
}

function isProse(line: Line): boolean {
  const plain = line.chars - line.linkChars;
  return plain >= MIN_PROSE_CHARS && line.element.tagName.toUpperCase() !== 'A' &&
    SENTENCE_MARK.test(cleanText(line.element.textContent));
}

/** Old pages wrap whole stories in a named anchor or in a link to themselves; a link around paragraphs is a wrapper. */
function isLink(anchor: Element): boolean {
  return anchor.hasAttribute('href') && anchor.querySelector(BLOCK_INSIDE_LINK) === null;
}

/** Lines in document order: block elements with no block inside, measured in one walk. */
function collectLines(root: Element): Line[] {
  const lines: Line[] = [];
  const visit = (el: Element, inLink: boolean): { chars: number; linkChars: number; hasBlock: boolean; hasMedia: boolean } => {
    const tag = el.tagName.toUpperCase();
    const linked = inLink || (tag === 'A' && isLink(el));
    let chars = 0;
    let linkChars = 0;
    let hasBlock = false;
    let hasMedia = tag === 'IMG' || tag === 'PICTURE' || tag === 'VIDEO' || tag === 'IFRAME' || tag === 'SVG';
    // Child lines are recorded before their parent is known to hold a block, so collect them apart.
    const start = lines.length;
    for (let child = el.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === TEXT_NODE) {
        const length = cleanText(child.nodeValue).length;
        chars += length;
        if (linked) linkChars += length;
      } else if (child.nodeType === ELEMENT_NODE) {
        const inner = visit(child as Element, linked);
        chars += inner.chars;
        linkChars += inner.linkChars;
        hasBlock ||= inner.hasBlock || LINE_TAGS.has((child as Element).tagName.toUpperCase());
        hasMedia ||= inner.hasMedia;
      }
    }
    if (el !== root && LINE_TAGS.has(tag) && !hasBlock && lines.length === start) {
      lines.push({ element: el, chars, linkChars, hasMedia });
    }
    return { chars, linkChars, hasBlock, hasMedia };
  };
  visit(root, false);
  return lines;
}
