// The text where pages print byline and date: a few hundred characters after the headline element and a
// line's worth before it (breadcrumb-and-date rows); without a headline element, the top of the body.
import { readAdjacentText } from './read-adjacent-text';

/** Byline and date sit within a few lines of the headline; further down is article text and furniture. */
const AFTER_TITLE_CHARS = 400;
/** One short row above the headline ("首页 > 生活新闻 2012-1-17"); further up are menus and header clocks. */
const BEFORE_TITLE_CHARS = 60;
/** Without a headline to anchor on, only the top of the page is read, where a dateline would be. */
const BODY_HEAD_CHARS = 600;

export interface NearTitleText {
  after: string;
  before: string;
}

export function readNearTitleText(doc: Document, titleAnchor: Element | null): NearTitleText {
  if (!titleAnchor) return { after: readAdjacentText(doc, null, BODY_HEAD_CHARS), before: '' };
  return {
    after: readAdjacentText(doc, titleAnchor, AFTER_TITLE_CHARS, 'after'),
    before: readAdjacentText(doc, titleAnchor, BEFORE_TITLE_CHARS, 'before'),
  };
}
