// One batch of corpus pages in a child process: each page goes through Clipdown's extraction, and the cleaned
// article is converted to Markdown as a clip would be; reports how much of its text the Markdown keeps.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseHtml } from '../lib/load-page';
import { extractArticle } from '../../utils/pipeline/extract-article';
import { convertToMarkdown } from '../../utils/pipeline/markdown/convert-to-markdown';
import { type CorpusPage, readCorpusPage } from './corpus-pages';
import { articleText, measureTextKeeping, renderedMarkdownText, type TextKeeping } from './text-keeping';

/** What a sample should cover: the conversions most likely to lose text. */
export const SAMPLE_FEATURES = ['table', 'pre', 'li', 'img', 'blockquote', 'h2, h3, h4', 'a[href]', 'br'];

export interface KeepingRequest {
  pages: CorpusPage[];
  /** When set, each cleaned article is also written there as `<source>-<id>.html`, its URL in a comment. */
  articlesDir?: string;
}

export interface KeepingRow extends Partial<TextKeeping> {
  source: string;
  id: string;
  /** How many of each SAMPLE_FEATURES element the cleaned article holds. */
  features?: number[];
  /** Why the page has no figure (extraction found no article). */
  error?: string;
}

function measurePage(page: CorpusPage, articlesDir?: string): KeepingRow {
  const { html, url } = readCorpusPage(page);
  const dom = parseHtml(html, url);
  try {
    const doc = dom.window.document;
    const { article } = extractArticle(doc, { url, consumeDocument: true });
    const features = SAMPLE_FEATURES.map((selector) => article.content.querySelectorAll(selector).length);
    if (articlesDir) writeFileSync(path.join(articlesDir, sampleName(page)), `<!-- ${url} -->\n${article.content.outerHTML}\n`);
    const source = articleText(article.content);
    const markdown = convertToMarkdown(article.content, url);
    return { source: page.source, id: page.id, features, ...measureTextKeeping(source, renderedMarkdownText(markdown, doc)) };
  } catch (error) {
    return { source: page.source, id: page.id, error: error instanceof Error ? error.message : String(error) };
  } finally {
    dom.window.close();
  }
}

export function sampleName(page: { source: string; id: string }): string {
  return `${page.source}-${page.id.slice(0, 40)}.html`;
}

process.once('message', ({ pages, articlesDir }: KeepingRequest) => {
  process.send?.(pages.map((page) => measurePage(page, articlesDir)), () => process.exit(0));
});
