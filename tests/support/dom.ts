// Test helpers: documents from HTML strings and fixture pages, through the same jsdom setup the CLI uses.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseHtml } from '../../scripts/lib/load-page';

export function documentFrom(html: string, url = 'https://example.com/news/1.html'): Document {
  return parseHtml(html, url).window.document;
}

const PAGES = path.resolve(__dirname, '../fixtures/pages');

export function fixturePage<Meta>(slug: string): { html: string; meta: Meta } {
  const dir = path.join(PAGES, slug);
  return {
    html: readFileSync(path.join(dir, 'source.html'), 'utf8'),
    meta: JSON.parse(readFileSync(path.join(dir, 'meta.json'), 'utf8')) as Meta,
  };
}
