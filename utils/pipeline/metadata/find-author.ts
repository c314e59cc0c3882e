// The author: JSON-LD, author metas, rel/itemprop=author, byline elements, then bylines written in text
// (near the headline, at either end of the article or just outside it), a blog's "posted by" line, a
// closing "(林洁)", a name on its own line under the headline, a link to an author archive, then 编辑 (an
// editor is not the author, but names the person responsible), and last the site's name where the page
// declares it as the author.
import { cleanAuthor, type WeakReason } from './clean-author';
import { cleanText } from './clean-text';
import { findChineseByline, type ChineseByline } from './chinese-byline';
import { findClosingName } from './closing-name';
import { findNameLine } from './name-line';
import { findPostedBy } from './posted-by';
import { findArticleEdges, readPageText, type PageText } from './article-edges';
import { isInCommentOrForm } from './comment-region';
import { findElements } from './find-elements';
import type { JsonLdFacts } from './json-ld';
import type { MetaTags } from './meta-tags';
import type { NearTitleText } from './near-title-text';

/** Dublin Core first: pages that declare it mean it, while a plain "author" is often a template's default. */
const AUTHOR_META_KEYS = [
  'dc:creator', 'dc.creator', 'dcterm:creator', 'dcterms:creator', 'dcterms.creator', 'author', 'article:author',
  'og:article:author', 'byl', 'sailthru.author', 'parsely-author', 'citation_author',
];
/** Marked elements (rel/itemprop/class) collected; bylines are few, class-name soup can be many. */
const MAX_MARKED_ELEMENTS = 120;
/** An element with more text than this is a bio box or a container, not a byline. */
const MAX_BYLINE_ELEMENT_CHARS = 150;
/** Bylines in the article text are at its start ("本报讯（记者 张三）") or its end (blog footers). */
const ARTICLE_HEAD_CHARS = 300;
const ARTICLE_TAIL_CHARS = 200;

/** A link to an author's archive page (WordPress "/author/jane-doe/", "?author=12"): its text is that author. */
const AUTHOR_ARCHIVE_HREF = /[?&]author=[^&#]+|\/author\/[^/?#]+\/?(?:[?#]|$)/i;
/** Class or id words that mark a byline element. */
const BYLINE_MARK = /byline|author|writer|reporter/i;
const SHOW_TEXT = 4;
/** A generator's first word shorter than this ("v2") is not a product name to compare with. */
const MIN_PRODUCT_CHARS = 3;
const NAME_INSIDE_SELECTOR = '[itemprop~="name"], [class*="name" i], a';

export interface PageAuthorInput {
  doc: Document;
  meta: MetaTags;
  jsonLd: JsonLdFacts;
  siteNames: readonly string[];
  mainRegion: Element | null;
  /** Text printed around the headline, or the top of the body; bylines are read after it. */
  nearTitleText: NearTitleText;
  /** The page's visible text, when the caller reads it for the date too. */
  pageText?: () => PageText;
}

export interface AuthorInput extends PageAuthorInput {
  articleText?: string;
}

export function findAuthor(input: AuthorInput): string | null {
  return readAuthor(input)(input.articleText);
}

/**
 * Reads every author source on the page now, while the page is whole (extraction may take it apart next);
 * the function it returns adds the article's text and decides, in the order the file comment gives.
 */
export function readAuthor(input: PageAuthorInput): (articleText?: string) => string | null {
  const { doc, meta, jsonLd, siteNames, mainRegion, nearTitleText } = input;
  // Kept for the end: an editor credit, or the site's name where the page declares it as the author (a
  // personal blog's name is its author's). A placeholder ("admin") or an outlet read from text is never used.
  let fallback: string | null = null;
  const accept = (raws: readonly (string | null | undefined)[], declared = false): string | null => {
    const names: string[] = [];
    for (const raw of raws) {
      const candidate = cleanAuthor(raw, siteNames);
      if (!candidate) continue;
      if (candidate.weak) {
        if (isFallback(candidate.weak, declared)) fallback ??= candidate.name;
      } else if (!names.includes(candidate.name)) names.push(candidate.name);
    }
    return names.length > 0 ? names.join(', ') : null;
  };

  // Byline elements showing only an outlet or a placeholder are skipped for the next element.
  const usable = (raw: string): boolean => cleanAuthor(raw, siteNames)?.weak === false;
  // One walk over the page serves the element-based steps.
  let marked: Element[] | null = null;
  const bylineElements = (): Element[] =>
    (marked ??= findElements(doc, isMarked, MAX_MARKED_ELEMENTS));
  const generator = meta.first('generator');
  const structured: (() => string | null)[] = [
    () => accept(jsonLd.authors, true),
    ...AUTHOR_META_KEYS.map((key) => () => accept(meta.all(key).filter((value) => !namesSoftware(value, generator)), true)),
    () => accept(elementNames(bylineElements(), mainRegion, hasRelAuthor, usable, false)),
    () => accept(elementNames(bylineElements(), mainRegion, hasItempropAuthor, usable, false)),
    () => accept(elementNames(bylineElements(), mainRegion, hasBylineMark, usable, true)),
  ];
  for (const source of structured) {
    const found = source();
    if (found) return () => found;
  }
  const archiveNames = elementNames(bylineElements(), mainRegion, linksAuthorArchive, usable, true);
  const pageText = input.pageText?.() ?? readPageText(doc);
  return (articleText) => fromText(articleText ?? '', { nearTitleText, archiveNames, pageText, accept, fallback: () => fallback });
}

interface TextSources {
  nearTitleText: NearTitleText;
  /** Names linked to an author archive, read from the page beforehand. */
  archiveNames: string[];
  pageText: PageText;
  accept: (raws: readonly (string | null | undefined)[]) => string | null;
  fallback: () => string | null;
}

function fromText(article: string, { nearTitleText, archiveNames, pageText, accept, fallback }: TextSources): string | null {
  const near = nearTitleText.after;
  const tail = article.slice(-ARTICLE_TAIL_CHARS);
  // The page text just outside the article (a byline row above it, a byline or footer below it) is only
  // searched when the article's own text names no one.
  const besideArticle = (): { before: string; after: string } => {
    const { before, after } = findArticleEdges(pageText, article);
    return { before: before?.text ?? '', after: after?.text ?? '' };
  };
  const texts: (() => string)[] = [
    () => near, () => article.slice(0, ARTICLE_HEAD_CHARS), () => tail, () => besideArticle().before, () => besideArticle().after,
  ];
  // A page's own "作者：" label outranks reporters named elsewhere on it (a blog reposting a news story).
  const bylines: ChineseByline[] = [];
  for (const text of texts) {
    const byline = findChineseByline(text());
    bylines.push(byline);
    const found = accept(byline.authors);
    if (found) return found;
  }
  for (const byline of bylines) {
    const found = accept(byline.reporters);
    if (found) return found;
  }
  for (const text of [near, besideArticle().before, tail, besideArticle().after]) {
    const found = accept(findPostedBy(text));
    if (found) return found;
  }
  const closing = findClosingName(article);
  return accept(closing.authors) ??
    accept(findNameLine(article)) ??
    accept(archiveNames) ??
    accept(bylines.find((byline) => byline.editors.length > 0)?.editors ?? closing.editors) ??
    fallback();
}

function isMarked(element: Element): boolean {
  return hasRelAuthor(element) || hasItempropAuthor(element) || hasBylineMark(element) || linksAuthorArchive(element);
}

function isFallback(reason: WeakReason, declared: boolean): boolean {
  return reason === 'editor' || (reason === 'site' && declared);
}

/** A template's author meta naming the software that made the page ("Discuz! Team" beside generator "Discuz! X3.4"). */
function namesSoftware(value: string, generator: string | null): boolean {
  const product = generator?.trim().split(/\s+/)[0]?.toLowerCase();
  return Boolean(product && product.length >= MIN_PRODUCT_CHARS && value.toLowerCase().startsWith(product));
}

/**
 * Names shown by elements matching `selector`. Inside the article region every match counts (co-authors
 * each get a link); elsewhere only the first usable one, since later ones are sidebar or footer credits.
 */
function elementNames(
  candidates: readonly Element[],
  region: Element | null,
  matches: (element: Element) => boolean,
  isUsable: (raw: string) => boolean,
  firstOnly: boolean,
): string[] {
  const collect = (inRegionOnly: boolean, all: boolean): string[] => {
    const names: string[] = [];
    for (const element of candidates) {
      if (!matches(element) || (inRegionOnly && !region?.contains(element))) continue;
      if (isInCommentOrForm(element)) continue;
      const name = nameOf(element);
      if (!name || !isUsable(name)) continue;
      names.push(name);
      if (!all) break;
    }
    return names;
  };
  const inRegion = region ? collect(true, !firstOnly) : [];
  return inRegion.length > 0 ? inRegion : collect(false, false);
}

function nameOf(element: Element): string | null {
  const content = element.getAttribute('content');
  if (content) return content;
  const named = element.querySelector('[itemprop~="name"]');
  if (named) return named.getAttribute('content') ?? cleanText(named.textContent);
  const text = spacedText(element);
  if (text.length <= MAX_BYLINE_ELEMENT_CHARS) return text;
  const inner = element.querySelector(NAME_INSIDE_SELECTOR);
  const innerText = cleanText(inner?.textContent);
  return innerText && innerText.length <= MAX_BYLINE_ELEMENT_CHARS ? innerText : null;
}

function tokens(element: Element, attribute: string): string[] {
  return (element.getAttribute(attribute) ?? '').toLowerCase().split(/\s+/);
}

function hasRelAuthor(element: Element): boolean {
  return element.tagName.toUpperCase() !== 'LINK' && tokens(element, 'rel').includes('author');
}

function hasItempropAuthor(element: Element): boolean {
  const tag = element.tagName.toUpperCase();
  return tag !== 'META' && tag !== 'LINK' && tokens(element, 'itemprop').includes('author');
}

function linksAuthorArchive(element: Element): boolean {
  return element.tagName.toUpperCase() === 'A' && AUTHOR_ARCHIVE_HREF.test(element.getAttribute('href') ?? '');
}

function hasBylineMark(element: Element): boolean {
  return BYLINE_MARK.test(element.getAttribute('class') ?? '') || BYLINE_MARK.test(element.getAttribute('id') ?? '');
}

/** Text of an element with its text nodes kept apart ("Jeff Foust" + "Monday" is not "Jeff FoustMonday"). */
function spacedText(element: Element): string {
  const walker = element.ownerDocument.createTreeWalker(element, SHOW_TEXT);
  const pieces: string[] = [];
  let length = 0;
  for (let node = walker.nextNode(); node && length <= MAX_BYLINE_ELEMENT_CHARS; node = walker.nextNode()) {
    const piece = cleanText(node.nodeValue);
    if (!piece) continue;
    pieces.push(piece);
    length += piece.length + 1;
  }
  return pieces.join(' ');
}
