// The shared pipeline's entry: a Document (the live page, or jsdom in Node) → ClippedPage.
// The extension's injected script and the CLI both call exactly this.
import type { ClippedPage } from './clipped-page';
import { extractArticle } from './extract-article';
import { convertToMarkdown } from './markdown/convert-to-markdown';
import type { SiteRule } from '../site-rules/site-rule';
import { ClipdownFailure } from '../result';

export interface ClipDocumentOptions {
  url: string;
  rule?: SiteRule | null;
  /** The document is the caller's own copy and may be used up (see ExtractOptions). */
  consumeDocument?: boolean;
}

export function clipDocument(doc: Document, options: ClipDocumentOptions): ClippedPage {
  const { article, warnings } = extractArticle(doc, options);
  const body = convertToMarkdown(article.content, options.url);
  if (!body.trim()) {
    throw new ClipdownFailure('no-article', 'This page has no article text to clip.');
  }
  const { content: _content, text, method, ...metadata } = article;
  return {
    metadata,
    body,
    text,
    method,
    ruleName: options.rule ? options.rule.name || options.rule.patterns[0] || null : null,
    frontMatterOverrides: options.rule?.frontMatter ?? {},
    warnings,
  };
}
