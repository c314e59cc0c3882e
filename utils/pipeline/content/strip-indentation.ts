// Chinese pages indent paragraphs with full-width spaces or &nbsp; runs. In Markdown that
// indentation is noise (and four of them would start a code block), so it goes.

const LEADING_INDENT = /^[\s\u00a0\u3000]+/;
const BLOCKS = 'p, li, blockquote, div, td, h1, h2, h3, h4, h5, h6';

export function stripIndentation(root: Element): void {
  for (const block of Array.from(root.querySelectorAll(BLOCKS))) {
    const first = firstTextNode(block);
    if (first?.textContent) first.textContent = first.textContent.replace(LEADING_INDENT, '');
  }
}

function firstTextNode(el: Element): Text | null {
  let node = el.firstChild;
  while (node) {
    if (node.nodeType === 3) {
      if ((node.textContent ?? '').trim() || /[\u00a0\u3000]/.test(node.textContent ?? '')) return node as Text;
      node = node.nextSibling;
    } else if (node.nodeType === 1 && !['PRE', 'CODE', 'IMG', 'BR'].includes((node as Element).tagName)) {
      node = node.firstChild; // indentation may sit inside a <span> or <font>
    } else {
      return null;
    }
  }
  return null;
}
