// Cleaned article element → Markdown: ATX headings, fenced code, `-` bullets, GFM tables,
// and absolute URLs for every link and image (a clip is read far from the page it came from).
import TurndownService from 'turndown';
import { gfm } from '@joplin/turndown-plugin-gfm';
import { absoluteUrl } from '../resolve-url';

/** Schemes a Markdown reader may follow; anything else (javascript:, data: links) loses its link. */
const SAFE_LINK = /^(https?|mailto|ftp):/i;

export function convertToMarkdown(content: Node, baseUrl: string): string {
  const service = new TurndownService({
    headingStyle: 'atx',
    codeBlockStyle: 'fenced',
    fence: '```',
    bulletListMarker: '-',
    emDelimiter: '_',
    strongDelimiter: '**',
    hr: '---',
    linkStyle: 'inlined',
  });
  service.use(gfm);
  // Cleaning can leave rows and cells whose <table> is gone; the GFM plugin assumes one and throws.
  service.addRule('orphanTablePart', {
    filter: (node) => /^(TD|TH|TR|THEAD|TBODY|TFOOT)$/.test(node.nodeName) && !node.parentElement?.closest('table'),
    replacement: (text, node) => {
      if (node.nodeName !== 'TD' && node.nodeName !== 'TH') return `\n\n${text}\n\n`;
      return (node as Element).nextElementSibling ? `${text} ` : text;
    },
  });
  service.remove(['script', 'style', 'noscript', 'template', 'iframe', 'object', 'embed', 'form', 'button', 'input', 'select', 'textarea']);

  service.addRule('absoluteLink', {
    filter: (node) => node.nodeName === 'A' && node.getAttribute('href') !== null,
    replacement: (text, node) => {
      const href = absoluteUrl((node as Element).getAttribute('href'), baseUrl);
      if (!text.trim()) return '';
      if (!href || !SAFE_LINK.test(href)) return text;
      const title = (node as Element).getAttribute('title');
      return `[${text}](${escapeUrl(href)}${title ? ` "${title.replace(/"/g, '\\"')}"` : ''})`;
    },
  });

  service.addRule('absoluteImage', {
    filter: 'img',
    replacement: (_text, node) => {
      const el = node as Element;
      const src = absoluteUrl(el.getAttribute('src'), baseUrl);
      if (!src || src.startsWith('data:')) return '';
      const alt = (el.getAttribute('alt') ?? '').replace(/[\r\n\]]+/g, ' ').trim();
      const title = el.getAttribute('title');
      return `![${alt}](${escapeUrl(src)}${title ? ` "${title.replace(/"/g, '\\"')}"` : ''})`;
    },
  });

  // Turndown pads markers to four columns (`-   item`); hand-written Markdown uses one space.
  service.addRule('listItem', {
    filter: 'li',
    replacement: (text, node, options) => {
      const parent = node.parentNode as Element | null;
      let prefix = `${options.bulletListMarker} `;
      if (parent?.nodeName === 'OL') {
        const start = Number(parent.getAttribute('start') ?? '1');
        prefix = `${(Number.isFinite(start) ? start : 1) + Array.prototype.indexOf.call(parent.children, node)}. `;
      }
      const body = text.replace(/^\n+/, '').replace(/\n+$/, '\n').replace(/\n/gm, `\n${' '.repeat(prefix.length)}`);
      return prefix + body + (node.nextSibling && !/\n$/.test(body) ? '\n' : '');
    },
  });

  return service.turndown(content as HTMLElement).trim();
}

/** Spaces and parentheses would end a Markdown link destination early. */
function escapeUrl(url: string): string {
  return url.replace(/ /g, '%20').replace(/\(/g, '%28').replace(/\)/g, '%29');
}
