// Paragraphs, headings, quotes, rules and line breaks. A <br> is a hard break written as two trailing
// spaces: unlike a trailing backslash it means a break in every Markdown dialect (kramdown, old
// Markdown.pl and Obsidian included). A break at the edge of a block is dropped, and two in a row
// (a blank line on the page) end the paragraph.
import type TurndownService from 'turndown';
import { isBlockElement } from './block-elements';
import { blockGap } from './lists';
import type { MarkdownOptions } from './markdown-options';
import { displayWidth } from './text-width';

export function addBlockRules(service: TurndownService, options: MarkdownOptions): void {
  service.addRule('paragraph', {
    filter: 'p',
    replacement: (content, node) => block(content, node),
  });
  service.addRule('heading', {
    filter: ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'],
    replacement: (content, node) => heading(content, Number(node.nodeName[1]), options),
  });
  service.addRule('blockquote', {
    filter: 'blockquote',
    replacement: (content) => {
      const body = content.replace(/^\n+/, '').trimEnd();
      if (!body.trim()) return '';
      return `\n\n${body.split('\n').map((line) => (line ? `> ${line}` : '>')).join('\n')}\n\n`;
    },
  });
  service.addRule('horizontalRule', {
    filter: 'hr',
    replacement: () => '\n\n---\n\n',
  });
  service.addRule('lineBreak', {
    filter: 'br',
    replacement: (_content, node) => lineBreak(node),
  });
  // Kept as HTML: "m²" and "H₂O" lose their meaning as plain text, and every common renderer allows these tags.
  service.addRule('superSubscript', {
    filter: (node) => (node.nodeName === 'SUP' || node.nodeName === 'SUB') && !!node.textContent?.trim(),
    replacement: (content, node) => {
      const tag = node.nodeName.toLowerCase();
      return content.includes('\n') ? content : `<${tag}>${content}</${tag}>`;
    },
  });
}

/** Block content, without the trailing spaces a final line break would leave. */
export function block(content: string, node: Element): string {
  const gap = blockGap(node);
  return `${gap}${content.trimEnd()}${gap}`;
}

function heading(content: string, level: number, options: MarkdownOptions): string {
  // A heading is one line: its line breaks become spaces.
  const text = content.replace(/\s*\n\s*/g, ' ').trim();
  if (!text) return '';
  if (options.headingStyle === 'setext' && level <= 2) {
    return `\n\n${text}\n${(level === 1 ? '=' : '-').repeat(Math.max(3, displayWidth(text)))}\n\n`;
  }
  // A closing run of `#` after a space would be read as the ATX closing sequence.
  return `\n\n${'#'.repeat(level)} ${text.replace(/(^|\s)(#+)$/, '$1\\$2')}\n\n`;
}

function lineBreak(br: Element): string {
  const previous = meaningfulSibling(br, 'previousSibling');
  const next = meaningfulSibling(br, 'nextSibling');
  if (previous?.nodeName === 'BR') return '';
  if (next?.nodeName === 'BR') return '\n\n';
  if ((!previous || !next) && isBlockElement(br.parentNode)) return '';
  return '  \n';
}

function meaningfulSibling(node: Node, direction: 'previousSibling' | 'nextSibling'): Node | null {
  let sibling = node[direction];
  while (sibling && sibling.nodeType !== 1 && !sibling.textContent?.trim()) sibling = sibling[direction];
  return sibling;
}
