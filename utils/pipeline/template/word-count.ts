// Word counts and reading time for text that mixes Chinese (or Japanese) and Latin scripts:
// each Han or kana character counts as a word, as Chinese word processors count 字; elsewhere a
// word is a run of letters and digits (`don't`, `e-mail`, `3.14` are one word each).

/** Han ideographs and kana: scripts written without spaces between words. */
const CJK_CHARACTER = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;
const SPACED_WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’.,_-][\p{L}\p{M}\p{N}]+)*/gu;

/** Silent reading of English non-fiction, Brysbaert (2019), "How many words do we read per minute?". */
export const WORDS_PER_MINUTE = 238;
/** Silent reading of Chinese, the rate Chinese reading-time estimates commonly use. */
export const CJK_CHARACTERS_PER_MINUTE = 300;

export interface WordCount {
  /** Han and kana characters. */
  cjk: number;
  /** Words of space-separated scripts (Latin, Cyrillic, Hangul…) and numbers. */
  spaced: number;
}

export function countWords(text: string): WordCount {
  const cjk = text.match(CJK_CHARACTER)?.length ?? 0;
  const spaced = text.replace(CJK_CHARACTER, ' ').match(SPACED_WORD)?.length ?? 0;
  return { cjk, spaced };
}

/** Whole minutes, rounded up: a short text still takes a minute; an empty one takes none. */
export function readingMinutes({ cjk, spaced }: WordCount): number {
  return Math.ceil(cjk / CJK_CHARACTERS_PER_MINUTE + spaced / WORDS_PER_MINUTE);
}
