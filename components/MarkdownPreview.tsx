// Renders clip Markdown as HTML for reading. The Markdown comes from an untrusted page. Raw HTML is on,
// because tables with merged cells and <sup>/<sub> are kept as HTML in clips, but everything the parser
// produces goes through DOMPurify, which drops scripts, event handlers and javascript: URLs; forms,
// frames and styles are refused too, as no clip needs them.
import DOMPurify from 'dompurify';
import MarkdownIt from 'markdown-it';
import { useMemo } from 'react';

const markdown = new MarkdownIt({ html: true, linkify: true });
const SANITIZE = {
  FORBID_TAGS: ['style', 'form', 'input', 'button', 'textarea', 'select', 'iframe', 'frame', 'object', 'embed'],
  FORBID_ATTR: ['style'],
};

interface Props {
  source: string;
  /** Images kept with the clip, by the relative path its Markdown links them at, as URLs the page can show. */
  images?: ReadonlyMap<string, string>;
}

export function MarkdownPreview({ source, images }: Props) {
  const html = useMemo(() => withKeptImages(DOMPurify.sanitize(markdown.render(source), SANITIZE), images), [source, images]);
  return <div className="preview" data-testid="preview" dangerouslySetInnerHTML={{ __html: html }} />;
}

/** Points `assets/…` images at the kept copies. A template's content is inert: nothing loads while it is edited. */
function withKeptImages(html: string, images: ReadonlyMap<string, string> | undefined): string {
  if (!images?.size) return html;
  const template = document.createElement('template');
  template.innerHTML = html;
  for (const image of template.content.querySelectorAll('img')) {
    const kept = images.get(image.getAttribute('src') ?? '');
    if (kept) image.setAttribute('src', kept);
  }
  return template.innerHTML;
}
