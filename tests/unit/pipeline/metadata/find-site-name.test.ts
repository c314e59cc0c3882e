import { describe, expect, it } from 'vitest';
import { findSiteName } from '../../../../utils/pipeline/metadata/find-site-name';
import { readJsonLd } from '../../../../utils/pipeline/metadata/json-ld';
import { readMetaTags } from '../../../../utils/pipeline/metadata/meta-tags';
import { makeDocument } from './make-document';

const siteName = (head: string, titleSitePart: string | null = null, title = ''): string | null => {
  const doc = makeDocument(`<html><head>${head}</head><body></body></html>`);
  return findSiteName(readMetaTags(doc), readJsonLd(doc), titleSitePart, title);
};

describe('findSiteName', () => {
  it('prefers og:site_name', () => {
    expect(siteName('<meta name="application-name" content="App"><meta property="og:site_name" content="  示例 新闻 ">')).toBe('示例 新闻');
  });

  it('then the JSON-LD publisher, then the WebSite node', () => {
    expect(siteName('<meta name="application-name" content="App"><script type="application/ld+json">{"@type":"Article","publisher":{"@type":"Organization","name":"Publisher Co"}}</script>')).toBe('Publisher Co');
    expect(siteName('<script type="application/ld+json">{"@type":"WebSite","name":"The Site"}</script>')).toBe('The Site');
  });

  it('then application-name', () => {
    expect(siteName('<meta name="application-name" content="Example App">')).toBe('Example App');
  });

  it('then the part of <title> identified as the site', () => {
    expect(siteName('', '示例网')).toBe('示例网');
    expect(siteName('')).toBeNull();
  });

  it('skips values that are the headline, a URL or a slogan', () => {
    expect(siteName('<meta property="og:site_name" content="当心选前症候群">', '新闻网', '当心选前症候群')).toBe('新闻网');
    expect(siteName('<meta property="og:site_name" content="https://example.com">', null)).toBeNull();
    expect(siteName(`<meta property="og:site_name" content="${'提供股票、基金、期货与外汇市场的金融资讯'.repeat(4)}">`, 'Site')).toBe('Site');
  });
});
