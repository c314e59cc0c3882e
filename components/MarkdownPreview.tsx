// Renders clip Markdown as HTML for reading. The Markdown comes from an untrusted page, so
// raw HTML is off in the parser and the output still goes through DOMPurify.
import DOMPurify from 'dompurify';
import MarkdownIt from 'markdown-it';
import { useMemo } from 'react';

const markdown = new MarkdownIt({ html: false, linkify: true });

export function MarkdownPreview({ source }: { source: string }) {
  const html = useMemo(() => DOMPurify.sanitize(markdown.render(source)), [source]);
  return <div className="preview" data-testid="preview" dangerouslySetInnerHTML={{ __html: html }} />;
}
