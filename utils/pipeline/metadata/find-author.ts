// The author: JSON-LD, author metas, rel/itemprop=author, byline elements, then Chinese bylines written
// near the headline or in the article, a closing "(林洁)", then 编辑 (an editor is not the author, but
// names the person responsible), and last a weak value (placeholder or site name) kept from earlier.
import { cleanAuthor } from './clean-author';
import { cleanText } from './clean-text';
import { findChineseByline } from './chinese-byline';
import { findClosingName } from './closing-name';
import { isInCommentOrForm } from './comment-region';
import { findElements } from './find-elements';
import type { JsonLdFacts } from './json-ld';
import type { MetaTags } from './meta-tags';
import type { NearTitleText } from './near-title-text';

const AUTHOR_META_KEYS = [
  'author', 'article:author', 'og:article:author', 'byl', 'sailthru.author', 'parsely-author', 'dc.creator',
  'dcterms.creator', 'citation_author',
];
/** Marked elements (rel/itemprop/class) collected; bylines are few, class-name soup can be many. */
const MAX_MARKED_ELEMENTS = 120;
/** An element with more text than this is a bio box or a container, not a byline. */
const MAX_BYLINE_ELEMENT_CHARS = 150;
/** Bylines in the article text are at its start ("本报讯（记者 张三）") or its end (blog footers). */
const ARTICLE_HEAD_CHARS = 300;
const ARTICLE_TAIL_CHARS = 200;

/** Class or id words that mark a byline element. */
const BYLINE_MARK = /byline|author|writer|reporter/i;
const SHOW_TEXT = 4;
const NAME_INSIDE_SELECTOR = '[itemprop~="name"], [class*="name" i], a';

export interface AuthorInput {
  doc: Document;
  meta: MetaTags;
  jsonLd: JsonLdFacts;
  siteNames: readonly string[];
  mainRegion: Element | null;
  /** Text printed around the headline, or the top of the body; bylines are read after it. */
  nearTitleText: NearTitleText;
  articleText?: string;
}

export function findAuthor(input: AuthorInput): string | null {
  const { doc, meta, jsonLd, siteNames, mainRegion, nearTitleText } = input;
  let weak: string | null = null;
  const accept = (raws: readonly (string | null | undefined)[]): string | null => {
    const names: string[] = [];
    for (const raw of raws) {
      const candidate = cleanAuthor(raw, siteNames);
      if (!candidate) continue;
      if (candidate.weak) weak ??= candidate.name;
      else if (!names.includes(candidate.name)) names.push(candidate.name);
    }
    return names.length > 0 ? names.join(', ') : null;
  };

  // Byline elements showing only an outlet or a placeholder are skipped for the next element.
  const usable = (raw: string): boolean => cleanAuthor(raw, siteNames)?.weak === false;
  // One walk over the page serves the three element-based steps.
  let marked: Element[] | null = null;
  const bylineElements = (): Element[] =>
    (marked ??= findElements(doc, (element) => hasRelAuthor(element) || hasItempropAuthor(element) || hasBylineMark(element), MAX_MARKED_ELEMENTS));
  const structured: (() => string | null)[] = [
    () => accept(jsonLd.authors),
    ...AUTHOR_META_KEYS.map((key) => () => accept(meta.all(key))),
    () => accept(elementNames(bylineElements(), mainRegion, hasRelAuthor, usable, false)),
    () => accept(elementNames(bylineElements(), mainRegion, hasItempropAuthor, usable, false)),
    () => accept(elementNames(bylineElements(), mainRegion, hasBylineMark, usable, true)),
  ];
  for (const source of structured) {
    const found = source();
    if (found) return found;
  }

  const article = input.articleText ?? '';
  const texts = [nearTitleText.after, article.slice(0, ARTICLE_HEAD_CHARS), article.slice(-ARTICLE_TAIL_CHARS)];
  const bylines = texts.map((text) => findChineseByline(text));
  for (const byline of bylines) {
    const found = accept(byline.authors);
    if (found) return found;
  }
  const closing = findClosingName(article);
  return accept(closing.authors) ??
    accept(bylines.find((byline) => byline.editors.length > 0)?.editors ?? closing.editors) ??
    weak;
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
