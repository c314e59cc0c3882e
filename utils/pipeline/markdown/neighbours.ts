// The characters just outside an inline element in the Markdown, for rules whose delimiters only
// work next to some characters. Markup on either side (links, images, code, emphasis) ends in
// punctuation; a block edge or a line break is a line edge (undefined).
import { isBlockElement } from './block-elements';
import { MARK } from './markers';

interface TurndownNode extends Node {
  /** Whitespace Turndown moved outside the element's replacement. */
  flankingWhitespace?: { leading: string; trailing: string };
}

const MARKUP = new Set(['A', 'IMG', 'CODE', 'KBD', 'SAMP', 'TT', 'EM', 'I', 'STRONG', 'B', 'DEL', 'S', 'STRIKE', 'SUP', 'SUB']);

type Direction = 'previousSibling' | 'nextSibling';

export function charBefore(node: Node): string | undefined {
  if ((node as TurndownNode).flankingWhitespace?.leading) return ' ';
  return charBeside(node, 'previousSibling');
}

export function charAfter(node: Node): string | undefined {
  if ((node as TurndownNode).flankingWhitespace?.trailing) return ' ';
  return charBeside(node, 'nextSibling');
}

function charBeside(node: Node, direction: Direction): string | undefined {
  for (let current: Node = node; ; ) {
    for (let sibling = current[direction]; sibling; sibling = sibling[direction]) {
      const edge = edgeChar(sibling, direction);
      if (edge !== null) return edge;
    }
    const parent = current.parentNode;
    if (!parent || parent.nodeType !== 1 || isBlockElement(parent)) return undefined;
    current = parent;
  }
}

/** The character of `node` nearest to the element; null when `node` writes nothing. */
function edgeChar(node: Node, direction: Direction): string | undefined | null {
  if (node.nodeType === 3) {
    const text = node.textContent ?? '';
    if (!text) return null;
    return direction === 'previousSibling' ? text[text.length - 1] : text[0];
  }
  if (node.nodeType !== 1) return null;
  const el = node as Element;
  if (el.nodeName === 'BR' || isBlockElement(el)) return undefined;
  // A link (or footnote reference) starts with `[`; other markup starts and ends in other punctuation.
  if ((el.nodeName === 'A' || el.hasAttribute(MARK.footnoteRef)) && direction === 'nextSibling') return '[';
  if (MARKUP.has(el.nodeName) || el.hasAttribute(MARK.math) || el.hasAttribute(MARK.footnoteRef)) return ')';
  const text = el.textContent ?? '';
  if (!text) return null;
  return direction === 'previousSibling' ? text[text.length - 1] : text[0];
}
