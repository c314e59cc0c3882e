// Separates a page title into the headline and the site part ("标题_频道_示例网", "Headline | Example News").
// Site-name matches are trusted at any separator; without one, only short name-like tails are cut, so a
// headline with its own hyphen or dash ("Covid-19 cases rise - what we know") keeps its wording.
import { cleanText } from './clean-text';
import { cleanTitleText } from './clean-title-text';
import { matchesSiteName } from './site-name-match';

/** Longer "titles" are paragraphs pasted into <title>; splitting them would be guesswork. */
const MAX_TITLE_CHARS = 400;
/** Channel and site names ("科技时代", "示例新闻中心", "本地新闻 全省新闻") fit in this many CJK characters. */
const SECTION_MAX_CJK_CHARS = 12;
/** "The Daily Planet", "Example News", "Metro City Evening Times": site names rarely run longer. */
const SECTION_MAX_LATIN_WORDS = 4;
/** Below this the remainder is a label, not a headline, and nothing is cut. */
const HEADLINE_MIN_CJK_CHARS = 4;
const HEADLINE_MIN_LATIN_WORDS = 2;
/** A chain of short labels is cut only behind a headline at least this long ("标题-文娱-某某网"). */
const CHAIN_HEAD_MIN_CJK_CHARS = 8;

const CJK = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af]/;
const CJK_GLOBAL = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af]/g;
const SENTENCE_PUNCTUATION = /[，。！？；：、“”"!?]/;
/** Chinese site and channel names end this way (示例网, 国内频道, 新闻中心, 某某電子報, 每日财经资讯). */
const CJK_SITE_SUFFIX = /(?:网|網|网站|频道|頻道|在线|在線|新闻|新聞|报|報|资讯|資訊|中心|社区|社區|论坛|論壇|博客|门户|門戶)$/;
const DOMAIN_LIKE = /^(?:www\.)?(?:[a-z0-9-]{1,63}\.){1,4}[a-z]{2,6}$/i;
/** Tails opening like a clause ("what we know", "How It Works") belong to the headline. */
const CLAUSE_OPENER = /^(?:what|why|how|when|where|who|whom|whose|which|is|are|was|were|can|could|will|would|should|do|does|did|here|live)\b/i;

export interface SplitTitleOptions {
  /** Names the page gives itself (og:site_name, publisher, host label, …). */
  siteNames: readonly string[];
  /** Visible headings; a title that starts with one of them followed by a separator is that heading. */
  headings?: readonly string[];
  /** Also cut tails that merely look like site or channel names. Off for og:title, which is usually clean. */
  generic: boolean;
}

export interface SplitTitle {
  headline: string;
  /** The outermost segment taken to be the site's (or channel's) name, if any was cut. */
  sitePart: string | null;
}

interface Segment {
  text: string;
  start: number;
  end: number;
  /** Strength of the separator before this segment (false for the first). */
  strongBefore: boolean;
  /** The separator before this segment was one unspaced hyphen ("标题-示例财经"). */
  hyphenBefore: boolean;
}

export function splitSiteFromTitle(raw: string, options: SplitTitleOptions): SplitTitle {
  const title = cleanTitleText(raw);
  if (!title || title.length > MAX_TITLE_CHARS) return { headline: title, sitePart: null };
  const segments = segmentTitle(title);
  const count = segments.length;
  if (count < 2) return { headline: title, sitePart: null };
  const join = (from: number, to: number): string => {
    const first = segments[from];
    const last = segments[to - 1];
    return first && last ? title.slice(first.start, last.end).trim() : '';
  };
  const textAt = (index: number): string => segments[index]?.text ?? '';

  const headings = new Set((options.headings ?? []).map((heading) => cleanText(heading)).filter(Boolean));
  for (let cut = count - 1; cut >= 1; cut--) {
    if (headings.has(join(0, cut))) return { headline: join(0, cut), sitePart: textAt(count - 1) };
  }
  for (let cut = 1; cut < count; cut++) {
    if (headings.has(join(cut, count))) return { headline: join(cut, count), sitePart: textAt(0) };
  }

  let start = 0;
  let end = count;
  let sitePart: string | null = null;
  for (let index = count - 1; index >= 1; index--) {
    if (matchesSiteName(textAt(index), options.siteNames)) {
      end = index;
      sitePart = textAt(index);
      break;
    }
  }
  if (!sitePart && matchesSiteName(textAt(0), options.siteNames)) {
    start = 1;
    sitePart = textAt(0);
  }
  // "自由電子報 - 標題": a leading segment that is plainly a site name, ahead of a longer headline.
  if (!sitePart && options.generic && segments[1]?.strongBefore && looksLikeSiteName(textAt(0)) &&
      looksLikeHeadline(join(1, end)) && join(1, end).length > textAt(0).length) {
    start = 1;
    sitePart = textAt(0);
  }

  if (options.generic) {
    // "长标题-文娱-某某网滨海" style: a long CJK headline followed by a chain of short labels.
    const tail = segments.slice(start + 1, end);
    const shortChain = tail.length >= 2 && cjkLength(textAt(start)) >= CHAIN_HEAD_MIN_CJK_CHARS &&
      tail.every((segment) => isCjkSection(segment.text));
    while (end - start > 1) {
      const last = segments[end - 1];
      if (!last) break;
      const head = join(start, end - 1);
      if (!looksLikeHeadline(head) || head.length <= last.text.length) break;
      // A single unspaced hyphen after a long CJK headline separates a channel ("…在何方-示例财经");
      // the Chinese dash "——" introduces a subtitle and is only cut before a plain site name.
      const afterHyphen = last.hyphenBefore && isCjkSection(last.text) &&
        cjkLength(head) >= CHAIN_HEAD_MIN_CJK_CHARS && head.length >= 2 * last.text.length;
      const cut = looksLikeSiteName(last.text) || shortChain || afterHyphen ||
        (last.strongBefore && (isCjkSection(last.text) || isLatinName(last.text)));
      if (!cut) break;
      sitePart ??= last.text;
      end--;
    }
  }
  return { headline: join(start, end) || title, sitePart };
}

function segmentTitle(title: string): Segment[] {
  const segments: Segment[] = [];
  let segmentStart = 0;
  let strongBefore = false;
  let hyphenBefore = false;
  const flush = (end: number): void => {
    const rawText = title.slice(segmentStart, end);
    const text = rawText.trim();
    if (text) {
      const lead = rawText.length - rawText.trimStart().length;
      segments.push({ text, start: segmentStart + lead, end: segmentStart + lead + text.length, strongBefore, hyphenBefore });
      strongBefore = false;
      hyphenBefore = false;
    }
  };
  let i = 0;
  while (i < title.length) {
    const separator = separatorAt(title, i);
    if (!separator) {
      i++;
      continue;
    }
    flush(i);
    strongBefore = strongBefore || separator.strong;
    hyphenBefore = separator.length === 1 && title.charAt(i) === '-';
    i += separator.length;
    segmentStart = i;
  }
  flush(title.length);
  return segments;
}

function separatorAt(title: string, i: number): { length: number; strong: boolean } | null {
  const char = title.charAt(i);
  if (title.startsWith('::', i)) return { length: 2, strong: true };
  if (char === '|' || char === '｜' || char === '－' || char === '»') return { length: 1, strong: true };
  if (char === '_') {
    // snake_case identifiers in technical titles are not separators.
    const glued = /[A-Za-z0-9]/.test(title.charAt(i - 1)) && /[A-Za-z0-9]/.test(title.charAt(i + 1));
    return glued ? null : { length: 1, strong: true };
  }
  if (!/[-–—―]/.test(char)) return null;
  const length = /[-–—―]/.test(title.charAt(i + 1)) ? 2 : 1;
  const before = title.charAt(i - 1);
  const after = title.charAt(i + length);
  if (title.startsWith('--', i)) return { length, strong: true };
  if (before === ' ' && after === ' ') return { length, strong: true };
  // Unspaced dashes separate only next to CJK text ("标题-示例网"); "Covid-19" keeps its hyphen.
  const near = `${title.slice(Math.max(0, i - 2), i)}${title.slice(i + length, i + length + 2)}`;
  return CJK.test(near) ? { length, strong: false } : null;
}

function cjkLength(text: string): number {
  return text.match(CJK_GLOBAL)?.length ?? 0;
}

function isCjkSection(text: string): boolean {
  const compact = text.replace(/\s+/g, '');
  return cjkLength(compact) * 2 >= compact.length && compact.length <= SECTION_MAX_CJK_CHARS &&
    !SENTENCE_PUNCTUATION.test(compact);
}

function isLatinName(text: string): boolean {
  if (CJK.test(text) || CLAUSE_OPENER.test(text)) return false;
  if (DOMAIN_LIKE.test(text)) return true;
  // "Example News", "The Planet", "My website": a short tail opening with a capital, unlike "what we know".
  const words = text.split(/\s+/).filter(Boolean);
  return words.length <= SECTION_MAX_LATIN_WORDS && /^[\p{Lu}\p{N}@]/u.test(text);
}

function looksLikeSiteName(text: string): boolean {
  const compact = text.replace(/\s+/g, '');
  if (DOMAIN_LIKE.test(compact)) return true;
  return isCjkSection(text) && compact.length <= 10 && CJK_SITE_SUFFIX.test(compact);
}

function looksLikeHeadline(text: string): boolean {
  if (cjkLength(text) >= HEADLINE_MIN_CJK_CHARS) return true;
  return text.split(/\s+/).filter((word) => /\p{L}/u.test(word)).length >= HEADLINE_MIN_LATIN_WORDS;
}
