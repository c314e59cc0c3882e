// A table Markdown cannot hold, as clean HTML: structure and text only. Attributes go except
// colspan/rowspan, link and image addresses (made absolute, unsafe links unwrapped) and alt text;
// scripts, styles, frames and media go. No blank line inside, or the HTML block would end there.
import { absoluteUrl } from '../resolve-url';
import { followableHref } from './links';
import { MARK } from './markers';

const KEPT = new Set([
  'TABLE', 'CAPTION', 'TR', 'TH', 'TD', 'P', 'DIV', 'BR', 'UL', 'OL', 'LI', 'DL', 'DT', 'DD', 'PRE', 'CODE', 'BLOCKQUOTE',
  'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HR', 'A', 'IMG', 'STRONG', 'B', 'EM', 'I', 'S', 'DEL', 'STRIKE', 'U', 'SUB', 'SUP',
  'KBD', 'MARK', 'SMALL', 'Q', 'CITE',
]);
const DROPPED = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'OBJECT', 'EMBED', 'svg', 'CANVAS', 'VIDEO', 'AUDIO', 'SOURCE', 'TRACK',
  'COLGROUP', 'COL',
]);
const VOID = new Set(['BR', 'HR', 'IMG']);
/** One row, one line: the source stays readable. */
const LINE_AFTER = new Set(['TABLE', 'CAPTION', 'TR']);

export function tableHtml(table: Element, baseUrl: string): string {
  return `\n\n${serialize(table, baseUrl).trim()}\n\n`;
}

function serialize(node: Node, baseUrl: string, inPre = false): string {
  if (node.nodeType === 3) return inPre ? preText(node.textContent ?? '') : escapeHtml(node.textContent ?? '');
  if (node.nodeType !== 1) return '';
  const el = node as Element;
  const tag = el.nodeName;
  if (DROPPED.has(tag)) return '';
  if (el.hasAttribute(MARK.math)) return escapeHtml(tag === 'DIV' ? `$$${el.getAttribute(MARK.math)}$$` : `$${el.getAttribute(MARK.math)}$`);
  if (el.hasAttribute(MARK.footnoteRef)) return escapeHtml(`[^${el.getAttribute(MARK.footnoteRef)}]`);
  const pre = inPre || tag === 'PRE';
  const children = Array.from(el.childNodes, (child) => serialize(child, baseUrl, pre)).join('');
  const attributes = keptAttributes(el, baseUrl);
  if (!KEPT.has(tag) || attributes === null) return children;
  const name = tag.toLowerCase();
  const open = `<${name}${attributes}>`;
  if (VOID.has(tag)) return open;
  // The HTML parser eats a newline right after <pre>; a code block that starts with one needs two.
  const body = tag === 'PRE' && children.startsWith('\n') ? `\n${children}` : children;
  const close = `</${name}>${LINE_AFTER.has(tag) ? '\n' : ''}`;
  return `${open}${tag === 'TABLE' ? '\n' : ''}${body}${close}`;
}

/** The attributes worth keeping, as source text; null when the element itself should go. */
function keptAttributes(el: Element, baseUrl: string): string | null {
  switch (el.nodeName) {
    case 'TD':
    case 'TH':
      return ['colspan', 'rowspan']
        .map((name) => [name, Number(el.getAttribute(name))] as const)
        .filter(([, value]) => Number.isInteger(value) && value > 1)
        .map(([name, value]) => ` ${name}="${value}"`)
        .join('');
    case 'A': {
      const href = followableHref(el, baseUrl);
      return href ? ` href="${escapeHtml(href)}"` : null;
    }
    case 'IMG': {
      const src = absoluteUrl(el.getAttribute('src'), baseUrl);
      if (!src || !/^(https?|file):/i.test(src)) return null;
      const alt = el.getAttribute('alt');
      return ` src="${escapeHtml(src)}"${alt ? ` alt="${escapeHtml(alt)}"` : ''}`;
    }
    default:
      return '';
  }
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Code keeps its newlines, but the newline that ends a blank line is written as a character reference. */
function preText(text: string): string {
  return escapeHtml(text).replace(/(\n[ \t]*)\n/g, '$1&#10;');
}
