// The shared pipeline's entry: a Document (the live page, or jsdom in Node) → ClippedPage.
// The extension's injected script and the CLI both call exactly this.
import type { ClippedPage } from './clipped-page';
import { extractArticle } from './extract-article';
import { convertToMarkdown } from './markdown/convert-to-markdown';
import type { MarkdownOptions } from './markdown/markdown-options';
import { ruleLabel, type SiteRule } from '../site-rules/site-rule';
import { ClipdownFailure } from '../result';

export interface ClipDocumentOptions {
  url: string;
  rule?: SiteRule | null;
  /** The document is the caller's own copy and may be used up (see ExtractOptions). */
  consumeDocument?: boolean;
  /** How the Markdown is written (the user's settings); defaults where left out. */
  markdown?: Partial<MarkdownOptions>;
  /** What the user selected (a copy of the range's contents), for `{{selection}}`. */
  selection?: DocumentFragment | null;
}

export function clipDocument(doc: Document, options: ClipDocumentOptions): ClippedPage {
  const { article, warnings } = extractArticle(doc, options);
  const body = convertToMarkdown(article.content, options.url, options.markdown);
  if (!body.trim()) {
    throw new ClipdownFailure('no-article', 'This page has no article text to clip.');
  }
  const { content: _content, text, method, ...metadata } = article;
  return {
    metadata,
    body,
    text,
    method,
    selection: selectionMarkdown(doc, options),
    rule: options.rule ? { id: options.rule.id, name: ruleLabel(options.rule) } : null,
    frontMatterOverrides: options.rule?.frontMatter ?? {},
    warnings,
  };
}

function selectionMarkdown(doc: Document, { selection, url, markdown }: ClipDocumentOptions): string | null {
  if (!selection?.textContent?.trim()) return null;
  // Turndown wants an element; the fragment's nodes move into a detached wrapper.
  const wrapper = doc.createElement('div');
  wrapper.append(selection);
  return convertToMarkdown(wrapper, url, markdown) || null;
}
