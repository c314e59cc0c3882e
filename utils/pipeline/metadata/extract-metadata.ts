// Page (+ URL, + the extracted article text) → ArticleMetadata. Pure: reads only the given document,
// never mutates it and touches no page globals, so it runs in a content script and under jsdom alike.
import type { ArticleMetadata } from '../article';
import { readPageText, type PageText } from './article-edges';
import { readAuthor } from './find-author';
import { findCanonicalUrl } from './find-canonical-url';
import { findExcerpt } from './find-excerpt';
import { findKeywords } from './find-keywords';
import { findLang } from './find-lang';
import { findLeadImage } from './find-lead-image';
import { readPublished } from './find-published';
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
  return readMetadata(doc, url)(articleText);
}

/**
 * Reads everything the page itself says, now, so that extraction may take the page apart afterwards; the
 * function it returns completes the author and date from the extracted article's text.
 */
export function readMetadata(doc: Document, url: string): (articleText?: string) => ArticleMetadata {
  const meta = readMetaTags(doc);
  const jsonLd = readJsonLd(doc);
  const siteNames = collectSiteNames(meta, jsonLd, url);
  const h1 = findPlausibleH1(doc, siteNames);
  const { title, sitePart } = findTitle({ doc, meta, jsonLd, siteNames, h1 });
  const titleAnchor = findTitleAnchor(doc, title, h1);
  const mainRegion = findMainRegion(doc, titleAnchor);
  const nearTitleText = readNearTitleText(doc, titleAnchor);
  // Read only if the author or the date has to be looked for beside the article, and then only once.
  let text: PageText | undefined;
  const pageText = (): PageText => (text ??= readPageText(doc));
  const author = readAuthor({ doc, meta, jsonLd, siteNames, mainRegion, nearTitleText, pageText });
  const published = readPublished({ doc, meta, jsonLd, titleAnchor, mainRegion, nearTitleText, pageText });
  const siteName = findSiteName(meta, jsonLd, sitePart, title);
  const lang = findLang(doc, meta);
  const excerpt = findExcerpt(meta, jsonLd);
  const image = findLeadImage(doc, meta, jsonLd, url, mainRegion);
  const canonicalUrl = findCanonicalUrl(doc, meta, url);
  const keywords = findKeywords(meta, jsonLd);
  const metaRecord = meta.record();
  return (articleText) => ({
    title, author: author(articleText), published: published(articleText), siteName, lang, excerpt, image, url, canonicalUrl, keywords,
    meta: metaRecord,
  });
}
