// Finds the extracted article's first and last words in the page and returns the text just outside them:
// where blog and forum templates print "发表于 …" / "posted @ …" rows that the article text leaves out.
import { WHITESPACE_RUN } from './clean-text';
import { isInCommentThread } from './comment-region';
import { visibleTextNodes } from './visible-text-nodes';

/** Characters of the article matched at each end: long enough to be unique, short enough to survive markup. */
const PROBE_CHARS = 24;
/** The byline row between headline and body is one short line. */
const BEFORE_CHARS = 80;
/** A post footer ("发表于 2024-09-27 12:40 | 阅读(12) | 评论(3)") is one or two lines. */
const AFTER_CHARS = 160;
/** Lines tried at each end of the article when the outermost one is not found in the page. */
const MAX_LINES_TRIED = 3;
/** Text nodes read; a long page with comments has a few thousand. */
const MAX_TEXT_NODES = 20_000;
const SPACE = 32;

export interface ArticleEdge {
  text: string;
  /** Whether the character at `offset` of `text` is printed inside a comment thread. */
  inCommentThreadAt(offset: number): boolean;
}

export interface ArticleEdges {
  before: ArticleEdge | null;
  after: ArticleEdge | null;
}

/** The last result per page text: the author and date steps both ask for the same edges of the same clip. */
const lastFound = new WeakMap<PageText, { articleText: string; edges: ArticleEdges }>();

export function findArticleEdges(page: PageText, articleText: string): ArticleEdges {
  const cached = lastFound.get(page);
  if (cached?.articleText === articleText) return cached.edges;
  const edges = locateEdges(page, articleText);
  lastFound.set(page, { articleText, edges });
  return edges;
}

function locateEdges(page: PageText, articleText: string): ArticleEdges {
  const probes = readProbes(articleText);
  if (probes.heads.length === 0 && probes.tails.length === 0) return { before: null, after: null };
  let start = -1;
  for (const probe of probes.heads) {
    start = page.squeezed.indexOf(probe);
    if (start >= 0) break;
  }
  let before: ArticleEdge | null = null;
  if (start >= 0) {
    const startAt = page.position[start] ?? 0;
    before = edge(page, Math.max(0, startAt - BEFORE_CHARS), startAt);
  }
  for (const probe of probes.tails) {
    const tail = page.squeezed.indexOf(probe, Math.max(0, start));
    if (tail < 0) continue;
    const endAt = (page.position[tail + probe.length - 1] ?? 0) + 1;
    return { before, after: edge(page, endAt, endAt + AFTER_CHARS) };
  }
  return { before, after: null };
}

interface Probes {
  /** Squeezed text from the start of each of the first lines, first line first. */
  heads: string[];
  /** Squeezed text up to the end of each of the last lines, last line first. */
  tails: string[];
}

/**
 * Several lines are tried at each end: the extracted text may open with a headline the page prints apart
 * from the body, and cleaning may have dropped a credit line the page still shows.
 */
function readProbes(articleText: string): Probes {
  const lines = articleText.split('\n').map(squeeze).filter(Boolean);
  const joined = lines.join('');
  const ends: number[] = [];
  let offset = 0;
  for (const line of lines) ends.push((offset += line.length));
  const starts = ends.map((end, index) => end - (lines[index]?.length ?? 0));
  const heads = starts.slice(0, MAX_LINES_TRIED).map((from) => joined.slice(from, from + PROBE_CHARS));
  const tails = ends.slice(-MAX_LINES_TRIED).reverse().map((to) => joined.slice(Math.max(0, to - PROBE_CHARS), to));
  const full = (probe: string): boolean => probe.length === PROBE_CHARS;
  return { heads: heads.filter(full), tails: tails.filter(full) };
}

/** The page's visible text, read before extraction may take the page apart. */
export interface PageText {
  /** Visible text, node texts joined by one space. */
  flat: string;
  /** `flat` without whitespace, so that layout differences between page and article text do not matter. */
  squeezed: string;
  /** Index in `flat` of each character of `squeezed`. */
  position: Int32Array;
  /** Start in `flat` of each node's text, ascending, and whether the node sits in a comment thread. */
  starts: number[];
  inThread: boolean[];
}

export function readPageText(doc: Document): PageText {
  const pieces: string[] = [];
  const starts: number[] = [];
  const inThread: boolean[] = [];
  // Text nodes share parents (and parents share ancestors), so each parent is judged once.
  const judged = new Map<Element, boolean>();
  let length = 0;
  for (const { text, parent } of doc.body ? visibleTextNodes(doc, doc.body, { maxNodes: MAX_TEXT_NODES }) : []) {
    starts.push(length);
    let threaded = judged.get(parent);
    if (threaded === undefined) judged.set(parent, (threaded = isInCommentThread(parent)));
    inThread.push(threaded);
    pieces.push(text);
    length += text.length + 1;
  }
  const flat = pieces.join(' ');
  // cleanText left single spaces as the only whitespace.
  const squeezed = flat.replaceAll(' ', '');
  const position = new Int32Array(squeezed.length);
  for (let index = 0, squeezedIndex = 0; index < flat.length; index++) {
    if (flat.charCodeAt(index) !== SPACE) position[squeezedIndex++] = index;
  }
  return { flat, squeezed, position, starts, inThread };
}

function edge(page: PageText, from: number, to: number): ArticleEdge | null {
  const text = page.flat.slice(from, to);
  if (!text.trim()) return null;
  return { text, inCommentThreadAt: (offset) => page.inThread[lastAtOrBefore(page.starts, from + offset)] ?? false };
}

/** Index of the last entry of ascending `values` that is ≤ `target` (binary search). */
function lastAtOrBefore(values: number[], target: number): number {
  let low = 0;
  let high = values.length - 1;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if ((values[middle] ?? 0) <= target) low = middle;
    else high = middle - 1;
  }
  return low;
}

function squeeze(text: string): string {
  return text.replace(WHITESPACE_RUN, '');
}
