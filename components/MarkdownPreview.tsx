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

export function MarkdownPreview({ source }: { source: string }) {
  const html = useMemo(() => DOMPurify.sanitize(markdown.render(source), SANITIZE), [source]);
  return <div className="preview" data-testid="preview" dangerouslySetInnerHTML={{ __html: html }} />;
}
