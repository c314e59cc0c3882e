// Where a result shows the words searched for: ranges in the text as stored (not normalised), so the
// library page can mark them. Matching is as loose as the index's: case, accents and full-width forms
// are ignored. A Latin word matches at the start of a word ("port" marks "Port", "ports", not "report");
// CJK text matches anywhere.
import { normalizeText } from './search-terms';

export interface TextRange {
  start: number;
  end: number;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
const CJK_START = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/** Ranges of `text` (UTF-16 offsets) that match any of the highlights, sorted and merged. */
export function highlightRanges(text: string, highlights: readonly string[]): TextRange[] {
  if (!highlights.length) return [];
  const { normalized, origin } = foldText(text);
  const ranges: TextRange[] = [];
  for (const needle of new Set(highlights.filter(Boolean))) {
    const anywhere = CJK_START.test(needle);
    for (let at = normalized.indexOf(needle); at !== -1; at = normalized.indexOf(needle, at + 1)) {
      if (!anywhere && at > 0 && WORD_CHAR.test(normalized[at - 1]!)) continue;
      const end = at + needle.length;
      ranges.push({ start: origin[at]!, end: end < normalized.length ? origin[end]! : text.length });
    }
  }
  return merge(ranges);
}

/**
 * The text folded as the index folds it, and for each of its code units the offset of the character it
 * came from. Built in buffers kept between calls: a search marks a screenful of titles and snippets, and
 * a string and an array entry per character made it the page's largest allocation (about 1 MB a search
 * at 50,000 clips), which the extension page's memory-saving collector then spent whole frames on.
 */
let units = new Uint16Array(1024);
let origins = new Int32Array(1024);

function foldText(text: string): { normalized: string; origin: Int32Array } {
  let length = 0;
  const room = (more: number) => {
    if (length + more < units.length) return;
    const size = Math.max(units.length * 2, length + more + 1);
    units = grow(units, new Uint16Array(size));
    origins = grow(origins, new Int32Array(size));
  };
  for (let offset = 0; offset < text.length; ) {
    const code = text.codePointAt(offset)!;
    if (code < 0x80) {
      room(1);
      // ASCII folds to itself, lower-cased: no need to ask the cache.
      units[length] = code >= 0x41 && code <= 0x5a ? code + 0x20 : code;
      origins[length++] = offset;
    } else if (isUnifiedIdeograph(code)) {
      // So do the common Han characters (no case, no decomposition). Each new one cost a round of
      // normalising: most of marking a Chinese title the first time, in a page just opened.
      room(1);
      units[length] = code;
      origins[length++] = offset;
    } else {
      const folded = foldCodePoint(code);
      room(folded.length);
      for (let i = 0; i < folded.length; i++) {
        units[length] = folded.charCodeAt(i);
        origins[length++] = offset;
      }
    }
    offset += code > 0xffff ? 2 : 1;
  }
  return { normalized: unitsToString(units, length), origin: origins };
}

/** CJK Unified Ideographs and Extension A, which Unicode normalisation leaves as they are (not the compatibility ideographs). */
function isUnifiedIdeograph(code: number): boolean {
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf);
}

function grow<T extends Uint16Array | Int32Array>(from: T, to: T): T {
  to.set(from);
  return to;
}

/**
 * The buffer's code units as a string, in one native call: spreading them into `fromCharCode` allocated
 * an iterator result per unit. Typed arrays are little-endian on every platform browsers run on. A lone
 * surrogate comes back as U+FFFD, one unit for one, so offsets still line up; no search word holds one.
 */
const utf16 = new TextDecoder('utf-16le');

function unitsToString(buffer: Uint16Array, length: number): string {
  return utf16.decode(new Uint8Array(buffer.buffer, buffer.byteOffset, length * 2));
}

/**
 * A stretch of the text around its first match, about `length` characters, with the ranges inside it
 * (relative to the stretch): what a result line shows under the title. Only the part of the text
 * around where the words first appear, found by plain lower-case search, is folded and marked: a
 * screenful of results is a screenful of whole bodies otherwise. Where plain search finds nothing
 * (the words differ by accents or width) or only inside longer words, the whole text is.
 */
export function snippet(text: string, highlights: readonly string[], length = 160): { text: string; ranges: TextRange[] } {
  const near = firstPlainMatch(text, highlights);
  if (near !== -1) {
    const around = snippetOf(text.slice(codePointStart(text, near - length), codePointStart(text, near + 2 * length)), highlights, length);
    if (around.ranges.length) return around;
  }
  return snippetOf(text, highlights, length);
}

function snippetOf(text: string, highlights: readonly string[], length: number): { text: string; ranges: TextRange[] } {
  const ranges = highlightRanges(text, highlights);
  const first = ranges[0];
  const start = first ? Math.max(0, Math.min(first.start - Math.floor(length / 4), text.length - length)) : 0;
  const end = Math.min(text.length, start + length);
  const inside = ranges
    .filter((range) => range.start >= start && range.end <= end)
    .map((range) => ({ start: range.start - start, end: range.end - start }));
  return { text: text.slice(start, end), ranges: inside };
}

function firstPlainMatch(text: string, highlights: readonly string[]): number {
  const lower = text.toLowerCase();
  let first = -1;
  for (const needle of highlights) {
    const at = needle ? lower.indexOf(needle) : -1;
    if (at !== -1 && (first === -1 || at < first)) first = at;
  }
  return first;
}

/** `offset` clamped to the text and moved off the second half of a surrogate pair, so a slice there splits no character. */
function codePointStart(text: string, offset: number): number {
  const at = Math.max(0, Math.min(text.length, offset));
  const code = text.charCodeAt(at);
  return code >= 0xdc00 && code <= 0xdfff ? at - 1 : at;
}

/**
 * One character as the index folds it, by code point. Remembered: a page of results folds titles and
 * stretches of bodies (whole bodies where plain search misses), many characters drawn from a few thousand
 * distinct ones; normalising each afresh took 30 ms a search at 10,000 clips when whole bodies were folded.
 */
const folds = new Map<number, string>();
const MAX_FOLDS = 1 << 16;

function foldCodePoint(code: number): string {
  let folded = folds.get(code);
  if (folded === undefined) {
    if (folds.size >= MAX_FOLDS) folds.clear();
    folded = normalizeText(String.fromCodePoint(code));
    folds.set(code, folded);
  }
  return folded;
}

function merge(ranges: TextRange[]): TextRange[] {
  ranges.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: TextRange[] = [];
  for (const range of ranges) {
    const last = merged.at(-1);
    if (last && range.start <= last.end) last.end = Math.max(last.end, range.end);
    else merged.push({ ...range });
  }
  return merged;
}
