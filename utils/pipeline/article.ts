// What extraction knows about a page: metadata plus the cleaned article content.
// Plain data except `content`, which stays a DOM element so Turndown need not re-parse it.

export interface ArticleMetadata {
  /** Headline without the site-name suffix. */
  title: string;
  author: string | null;
  /** ISO 8601; with the page's time-zone offset when the page gives one, date only when it gives no time. */
  published: string | null;
  siteName: string | null;
  /** BCP 47 tag such as `zh-CN`, from the page. */
  lang: string | null;
  excerpt: string | null;
  /** Absolute URL of the lead image. */
  image: string | null;
  /** The URL the page was clipped from. */
  url: string;
  canonicalUrl: string | null;
  keywords: string[];
  /** Every `<meta>` value by lower-cased name/property (first value of each), for `{{meta:name}}`. */
  meta: Record<string, string>;
}

/** How the article content was found; anything but `readability`/`rule` deserves a warning. */
export type ExtractionMethod = 'readability' | 'rule' | 'largest-block' | 'body';

export interface Article extends ArticleMetadata {
  content: Element;
  /** Plain text of `content`, paragraphs separated by blank lines. */
  text: string;
  method: ExtractionMethod;
}
