// Cleaned article → Markdown that reads as if written by hand: GFM tables (clean HTML where pipes
// cannot hold them), fenced code with its language, math as $…$, footnotes, embeds as links, absolute
// URLs for every link and image (a clip is read far from its page), escapes only where needed.
// Works on its own copy: the caller's tree is not changed.
import type { ConversionContext } from './conversion-context';
import { createInlineEscaper } from './escaping';
import { LinkWriter } from './links';
import { markdownOptionsSchema, type MarkdownOptions } from './markdown-options';
import { createMarkdownService } from './markdown-service';
import { ownCopy } from './own-copy';
import { prepareContent } from './prepare-content';

export function convertToMarkdown(content: Node, baseUrl: string, options: Partial<MarkdownOptions> = {}): string {
  const resolved = markdownOptionsSchema.parse(options);
  const root = ownCopy(content);
  const { hasFootnotes } = prepareContent(root, baseUrl, resolved);
  const context: ConversionContext = {
    options: resolved,
    baseUrl,
    escape: createInlineEscaper({ numericLabels: resolved.linkStyle === 'reference', footnoteLabels: hasFootnotes }),
    links: new LinkWriter(resolved.linkStyle),
    tableCells: new Map(),
  };
  const body = createMarkdownService(context).turndown(root as HTMLElement);
  const definitions = context.links.definitions();
  return (definitions ? `${body}\n\n${definitions}` : body).trim();
}
