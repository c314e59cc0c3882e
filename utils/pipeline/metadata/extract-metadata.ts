// Page (+ URL, + the extracted article text) → ArticleMetadata. Pure: reads only the given document,
// never mutates it and touches no page globals, so it runs in a content script and under jsdom alike.
import type { ArticleMetadata } from '../article';
import { findAuthor } from './find-author';
import { findCanonicalUrl } from './find-canonical-url';
import { findExcerpt } from './find-excerpt';
import { findKeywords } from './find-keywords';
import { findLang } from './find-lang';
import { findLeadImage } from './find-lead-image';
import { findPublished } from './find-published';
import { findSiteName } from './find-site-name';
import { findTitle } from './find-title';
import { readJsonLd } from './json-ld';
import { findMainRegion } from './main-region';
import { readMetaTags } from './meta-tags';
import { readNearTitleText } from './near-title-text';
import { findPlausibleH1 } from './plausible-h1';
import { collectSiteNames } from './site-names';
import { findTitleAnchor } from './title-anchor';

export function extractMetadata(doc: Document, url: string, articleText?: string): ArticleMetadata {
  const meta = readMetaTags(doc);
  const jsonLd = readJsonLd(doc);
  const siteNames = collectSiteNames(meta, jsonLd, url);
  const h1 = findPlausibleH1(doc, siteNames);
  const { title, sitePart } = findTitle({ doc, meta, jsonLd, siteNames, h1 });
  const titleAnchor = findTitleAnchor(doc, title, h1);
  const mainRegion = findMainRegion(doc, titleAnchor);
  const nearTitleText = readNearTitleText(doc, titleAnchor);

  return {
    title,
    author: findAuthor({ doc, meta, jsonLd, siteNames, mainRegion, nearTitleText, articleText }),
    published: findPublished({ doc, meta, jsonLd, titleAnchor, mainRegion, nearTitleText, articleText }),
    siteName: findSiteName(meta, jsonLd, sitePart, title),
    lang: findLang(doc, meta),
    excerpt: findExcerpt(meta, jsonLd),
    image: findLeadImage(doc, meta, jsonLd, url, mainRegion),
    url,
    canonicalUrl: findCanonicalUrl(doc, meta, url),
    keywords: findKeywords(meta, jsonLd),
  };
}
