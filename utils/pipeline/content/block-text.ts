// Element → its readable text, one paragraph per block separated by blank lines, as a reader sees it.
// textContent glues "…end.</p><p>Next" and heading to paragraph; word counts, search and scoring need the breaks.
import { WHITESPACE_RUN } from '../metadata/clean-text';

const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'CAPTION', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION',
  'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE',
  'SECTION', 'SUMMARY', 'TABLE', 'TR', 'UL',
]);
const CELL_TAGS = new Set(['TD', 'TH']);
const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'HEAD']);
const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

const BREAK = '\n';
const PARAGRAPH = '\n\n';

export function blockText(root: Node): string {
  const parts: string[] = [];
  walk(root, parts, false);
  return parts
    .join('')
    .split(/\n{2,}/)
    .map((paragraph) => paragraph.split('\n').map(collapse).filter(Boolean).join('\n'))
    .filter(Boolean)
    .join(PARAGRAPH);
}

function walk(node: Node, parts: string[], preformatted: boolean): void {
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === TEXT_NODE) {
      // Source newlines are layout, except in <pre>, where they are the text's own line breaks.
      const text = child.nodeValue ?? '';
      parts.push(preformatted ? text.replace(/\n{2,}/g, BREAK) : text.replace(WHITESPACE_RUN, ' '));
      continue;
    }
    if (child.nodeType !== ELEMENT_NODE) continue;
    const tag = (child as Element).tagName.toUpperCase();
    if (SKIPPED_TAGS.has(tag)) continue;
    if (tag === 'BR') {
      parts.push(BREAK);
      continue;
    }
    const block = BLOCK_TAGS.has(tag);
    if (block) parts.push(PARAGRAPH);
    walk(child, parts, preformatted || tag === 'PRE');
    if (block) parts.push(PARAGRAPH);
    else if (CELL_TAGS.has(tag)) parts.push(' ');
  }
}

function collapse(line: string): string {
  return line.replace(WHITESPACE_RUN, ' ').trim();
}
