// Escapes that depend on where text stands, found in one walk over the tree. Where a line of the
// Markdown will start, text that would read as a block construct there (`1. `, `- `, `# `, `> `)
// is escaped, and indentation (full-width spaces, &nbsp;, &emsp;) goes: in Markdown it is noise, and
// four spaces would start a code block. A `!` right before a link is escaped, or it would make an
// image, and a `]` ending a text right before `(`, `[` or `:`, or it could close a link.
import { isBlockElement } from './block-elements';
import { lineStartConstruct } from './escaping';
import { MARK } from './markers';
import type { MarkdownOptions } from './markdown-options';
import { charAfter } from './neighbours';

/** Whitespace a browser shows at a line start; U+200B is not \s but is still not text. */
const INDENTATION = /^[\s\u200b]+/;
/** Their content is written as it is, never read as Markdown. */
const LITERAL_INLINE = new Set(['CODE', 'KBD', 'SAMP', 'TT', 'IMG']);
/** Not written at all. */
const REMOVED = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'svg', 'OBJECT', 'EMBED', 'CANVAS']);
/** Written as a block of their own. */
const OPAQUE_BLOCKS = new Set(['PRE', 'IFRAME', 'VIDEO', 'AUDIO']);
/** Blocks whose text follows a marker on the same line (`**term**`, `: definition`). */
const MARKED_BLOCKS = new Set(['DT', 'DD']);
/** Inline elements written with an opening delimiter (`**`, `_`, `~~`). */
const DELIMITED = new Set(['STRONG', 'B', 'EM', 'I', 'DEL', 'S', 'STRIKE']);
/** After `]`, these make a link, a reference link or a link definition. */
const LINK_CONTINUATIONS = new Set(['(', '[', ':']);

type Visit = 'descend' | 'skip';
/**
 * line-start: text here begins a line. after-delimiter: it follows `**` or `[` at a line start, so
 * its indentation still goes but `1. ` there is not a list. mid-line: neither.
 */
type Position = 'line-start' | 'after-delimiter' | 'mid-line';

export function markPositionalEscapes(root: Element, options: MarkdownOptions, isLink: (a: Element) => boolean): void {
  let position: Position = 'line-start';

  const enter = (el: Element): Visit => {
    const tag = el.nodeName;
    if (REMOVED.has(tag)) return 'skip';
    if (tag === 'BR') {
      position = 'line-start';
      return 'skip';
    }
    if (OPAQUE_BLOCKS.has(tag) || el.hasAttribute(MARK.table) || (tag === 'DIV' && el.hasAttribute(MARK.math))) {
      position = 'line-start';
      return 'skip';
    }
    if (LITERAL_INLINE.has(tag) || el.hasAttribute(MARK.math) || el.hasAttribute(MARK.footnoteRef) || el.hasAttribute(MARK.escape)) {
      position = 'mid-line';
      return 'skip';
    }
    const link = tag === 'A' && isLink(el);
    if (link) escapeBangBefore(el);
    if (link || DELIMITED.has(tag)) {
      if (position === 'line-start') position = 'after-delimiter';
      return 'descend';
    }
    // An ATX heading's text follows `## ` on its line; a setext heading's text starts it.
    if (/^H[1-6]$/.test(tag)) position = options.headingStyle === 'setext' && (tag === 'H1' || tag === 'H2') ? 'line-start' : 'after-delimiter';
    else if (isBlockElement(el)) position = MARKED_BLOCKS.has(tag) ? 'after-delimiter' : 'line-start';
    return 'descend';
  };

  const exit = (el: Element) => {
    if (isBlockElement(el)) position = 'line-start';
  };

  const visitText = (text: Text) => {
    if (text.data.endsWith(']') && LINK_CONTINUATIONS.has(charAfter(text) ?? '')) {
      splitOffEscape(text, text.data.length - 1, text.data.length, '\\]');
    }
    if (position === 'mid-line') return;
    const stripped = text.data.replace(INDENTATION, '');
    if (stripped !== text.data) text.data = stripped;
    if (!stripped) return;
    const escapeConstructs = position === 'line-start';
    position = 'mid-line';
    const found = escapeConstructs ? lineStartConstruct(stripped) : null;
    if (found) splitOffEscape(text, 0, found.construct.length, found.markdown);
  };

  let node: Node | null = root.firstChild;
  while (node) {
    let visit: Visit = 'skip';
    if (node.nodeType === 3) visitText(node as Text);
    else if (node.nodeType === 1) visit = enter(node as Element);
    if (visit === 'descend' && node.firstChild) {
      node = node.firstChild;
      continue;
    }
    if (visit === 'descend') exit(node as Element);
    while (node !== root && !node.nextSibling) {
      node = node.parentNode as Node;
      if (node !== root) exit(node as Element);
    }
    node = node === root ? null : node.nextSibling;
  }
}

function escapeBangBefore(link: Element): void {
  let previous = link.previousSibling;
  while (previous?.nodeType === 3 && !previous.textContent) previous = previous.previousSibling;
  if (previous?.nodeType !== 3) return;
  const text = previous as Text;
  if (text.data.endsWith('!')) splitOffEscape(text, text.data.length - 1, text.data.length, '\\!');
}

/** Text[start, end) becomes a span whose Markdown is `markdown`; the rest stays plain text around it. */
function splitOffEscape(text: Text, start: number, end: number, markdown: string): void {
  const span = text.ownerDocument.createElement('span');
  span.setAttribute(MARK.escape, markdown);
  span.textContent = text.data.slice(start, end);
  const rest = text.data.slice(end);
  text.data = text.data.slice(0, start);
  text.after(span);
  if (rest) span.after(text.ownerDocument.createTextNode(rest));
}
