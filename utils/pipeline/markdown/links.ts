// Links: absolute URLs, and only schemes a reader may follow (javascript: and data: links keep their
// text but lose their link). Written inline, or as `[text][n]` with numbered, deduplicated
// definitions for the end of the clip. A link wrapped around blocks (a card) becomes one link per
// block, since Markdown link text cannot hold paragraphs or headings.
import { absoluteUrl } from '../resolve-url';
import { isBlockElement } from './block-elements';
import { elementsWhere } from './elements';
import type { MarkdownOptions } from './markdown-options';

/** Schemes a Markdown reader may follow; anything else (javascript:, data: links) loses its link. */
const SAFE_LINK = /^(https?|mailto|ftp):/i;
/** Text of the "¶", "#" and chain-icon anchors sites add to headings: a link to the heading itself. */
const PERMALINK_TEXT = /^[\s#¶§🔗]*$/u;

export function followableHref(a: Element, baseUrl: string): string | null {
  const href = absoluteUrl(a.getAttribute('href'), baseUrl);
  return href && SAFE_LINK.test(href) ? href : null;
}

/** Spaces and parentheses would end a Markdown link destination early. */
export function escapeUrl(url: string): string {
  return url.replace(/ /g, '%20').replace(/\(/g, '%28').replace(/\)/g, '%29');
}

/** Attribute text on one line, as a link's title or an image's description is written. */
export function oneLine(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

export function titlePart(title: string | null | undefined): string {
  const clean = oneLine(title);
  return clean ? ` "${clean.replace(/"/g, '\\"')}"` : '';
}

export class LinkWriter {
  private readonly numbers = new Map<string, number>();

  constructor(private readonly style: MarkdownOptions['linkStyle']) {}

  write(text: string, url: string, title?: string | null): string {
    const destination = escapeUrl(url) + titlePart(title);
    if (this.style === 'inline') return `[${text}](${destination})`;
    let number = this.numbers.get(destination);
    if (number === undefined) {
      number = this.numbers.size + 1;
      this.numbers.set(destination, number);
    }
    return `[${text}][${number}]`;
  }

  /** `[n]: url` lines, in the order the links first appeared. */
  definitions(): string {
    return Array.from(this.numbers, ([destination, number]) => `[${number}]: ${destination}`).join('\n');
  }
}

/** The link's markdown; its bare text when it may not be followed; '' for heading permalinks. */
export function linkMarkdown(content: string, a: Element, baseUrl: string, links: LinkWriter): string {
  const text = content.replace(/\n{2,}/g, ' ');
  if (!text.trim()) return '';
  const href = followableHref(a, baseUrl);
  if (!href) return text;
  if (isHeadingPermalink(a, href, baseUrl)) return '';
  const shown = (a.textContent ?? '').trim();
  if (isOwnAddress(shown, href)) return `<${shown}>`;
  return links.write(text, href, a.getAttribute('title'));
}

/** Link text that is the URL itself reads best as an autolink, `<https://…>`. */
function isOwnAddress(shown: string, href: string): boolean {
  if (/^mailto:/i.test(href)) return href.slice('mailto:'.length) === shown && /^[^\s<>@]+@[^\s<>@]+$/.test(shown);
  if (!/^https?:\/\/[^\s<>]+$/i.test(shown)) return false;
  try {
    return new URL(shown).href === href;
  } catch {
    return false;
  }
}

function isHeadingPermalink(a: Element, href: string, baseUrl: string): boolean {
  if (!a.closest('h1, h2, h3, h4, h5, h6') || !PERMALINK_TEXT.test(a.textContent ?? '')) return false;
  const [target, fragment] = splitFragment(href);
  return fragment !== null && target === splitFragment(absoluteUrl(baseUrl, baseUrl) ?? baseUrl)[0];
}

function splitFragment(url: string): [string, string | null] {
  const hash = url.indexOf('#');
  return hash < 0 ? [url, null] : [url.slice(0, hash), url.slice(hash + 1)];
}

/** `<a><h3>Title</h3><p>Summary</p></a>` → a link inside each block that has something to link. */
export function splitBlockLinks(root: Element): void {
  for (const a of elementsWhere(root, (el) => el.nodeName === 'A' && el.hasAttribute('href'))) {
    const blocks = elementsWhere(a, isBlockElement);
    if (!blocks.length) continue;
    for (const block of blocks) {
      if (elementsWhere(block, isBlockElement).length) continue;
      if (!block.textContent?.trim() && !block.querySelector('img')) continue;
      const link = a.cloneNode(false) as Element;
      link.append(...Array.from(block.childNodes));
      block.append(link);
    }
    a.replaceWith(...Array.from(a.childNodes));
  }
}
