// Publication date as ISO 8601: JSON-LD, then date metas, then itemprop/<time> markup, then a date printed
// after (then just before) the headline, then a labelled date opening the article text or printed right
// outside it (post footers), then a periodical the article cites as its source. Invalid values fall through.
import { isInCommentOrForm } from './comment-region';
import { readPageText, type PageText } from './article-edges';
import { findDateBesideArticle } from './date-beside-article';
import { findCitedIssue } from './find-cited-issue';
import { findDateInText } from './find-date-in-text';
import { findElements } from './find-elements';
import type { JsonLdFacts } from './json-ld';
import type { MetaTags } from './meta-tags';
import type { NearTitleText } from './near-title-text';
import { normalizeDate } from './normalize-date';

/** Meta names carrying the publication date, most specific first. */
const DATE_META_KEYS = [
  'article:published_time', 'og:published_time', 'og:article:published_time', 'article:published',
  'datepublished', 'pubdate', 'og:pubdate', 'publishdate', 'publish-date', 'publish_date', 'published_at',
  'publication_date', 'weibo: article:create_at', 'parsely-pub-date', 'sailthru.date', 'dc.date.issued',
  'dcterms.issued', 'dc.date', 'dcterms.date', 'dc.date.created', 'dcterms.created', 'citation_publication_date',
  'citation_date', 'pdate', 'date', 'og:release_date', 'datecreated',
];
/** <time> elements and itemprop markup read; article pages have a handful. */
const MAX_TIME_ELEMENTS = 50;
/** A labelled date ("发布时间：…") is looked for only at the very start of the article text. */
const ARTICLE_HEAD_CHARS = 300;
const DOCUMENT_POSITION_FOLLOWING = 4;

export interface PagePublishedInput {
  doc: Document;
  meta: MetaTags;
  jsonLd: JsonLdFacts;
  /** Element holding the headline, if one was found. */
  titleAnchor: Element | null;
  mainRegion: Element | null;
  /** Text printed around the headline, or the top of the body; see readNearTitleText. */
  nearTitleText: NearTitleText;
  /** The page's visible text, when the caller reads it for the author too. */
  pageText?: () => PageText;
}

export interface PublishedInput extends PagePublishedInput {
  articleText?: string;
}

export function findPublished(input: PublishedInput): string | null {
  return readPublished(input)(input.articleText);
}

/**
 * Reads the page's own dates now, while the page is whole (extraction may take it apart next); the function
 * it returns falls back on the article's text: a labelled date at its head, one just outside it, a cited issue.
 */
export function readPublished(input: PagePublishedInput): (articleText?: string) => string | null {
  const { meta, jsonLd } = input;
  for (const raw of [jsonLd.datePublished, jsonLd.dateCreated]) {
    const date = normalizeDate(raw);
    if (date) return () => date;
  }
  for (const key of DATE_META_KEYS) {
    for (const raw of meta.all(key)) {
      const date = normalizeDate(raw);
      if (date) return () => date;
    }
  }
  const onPage = fromMarkup(input) ?? findDateInText(input.nearTitleText.after) ?? findDateInText(input.nearTitleText.before, { prefer: 'last' });
  if (onPage) return () => onPage;
  const pageText = input.pageText?.() ?? readPageText(input.doc);
  return (articleText = '') =>
    findDateInText(articleText.slice(0, ARTICLE_HEAD_CHARS), { requireLabel: true }) ??
    findDateBesideArticle(pageText, articleText) ?? findCitedIssue(articleText);
}

function fromMarkup({ doc, titleAnchor, mainRegion }: PagePublishedInput): string | null {
  const itemprop = findElements(doc, isDatePublishedMarkup, MAX_TIME_ELEMENTS);
  for (const element of itemprop) {
    const raw = element.getAttribute('content') ?? element.getAttribute('datetime') ?? element.textContent;
    const date = normalizeDate(raw);
    if (date && !isInCommentOrForm(element)) return date;
  }

  let best: { date: string; score: number } | null = null;
  for (const time of Array.from(doc.getElementsByTagName('time')).slice(0, MAX_TIME_ELEMENTS)) {
    const date = normalizeDate(time.getAttribute('datetime'));
    if (!date || isInCommentOrForm(time)) continue;
    const hint = `${time.getAttribute('class') ?? ''} ${time.getAttribute('itemprop') ?? ''}`.toLowerCase();
    if (/modif|updat|edit/.test(hint)) continue;
    let score = 0;
    if (time.hasAttribute('pubdate') || /publish|pub-?date|posted|created/.test(hint)) score += 3;
    if (mainRegion?.contains(time)) score += 2;
    if (titleAnchor && titleAnchor.compareDocumentPosition(time) & DOCUMENT_POSITION_FOLLOWING) score += 1;
    // A clock in the page header ("today is …") has none of these marks.
    if (score > 0 && (!best || score > best.score)) best = { date, score };
  }
  return best?.date ?? null;
}

function isDatePublishedMarkup(element: Element): boolean {
  return element.tagName.toUpperCase() !== 'META' &&
    (element.getAttribute('itemprop') ?? '').toLowerCase().split(/\s+/).includes('datepublished');
}
