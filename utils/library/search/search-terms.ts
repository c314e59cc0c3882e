// The terms the library's full-text index holds and a query looks up. Chinese (and Japanese, Korean)
// text has no spaces, and a dictionary segmenter splits the same words differently in a query and in
// an article ("开发区" alone, "开发|区" in context), so CJK text is indexed as single characters and
// character pairs: a query's pairs are found wherever the words occur. Other scripts are split into
// words, lower-cased and without accents, so "Café" finds "cafe".

const CJK_CHAR = String.raw`\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}`;
const WORD_CHAR = String.raw`(?:(?![${CJK_CHAR}])[\p{L}\p{N}])`;
/** A run of CJK characters, or a word of other letters and digits (which may hold inner dots: 3.5, e.g). */
const TOKEN = new RegExp(String.raw`[${CJK_CHAR}]+|${WORD_CHAR}+(?:\.${WORD_CHAR}+)*`, 'gu');
const CJK = new RegExp(`^[${CJK_CHAR}]`, 'u');
const MARKS = /\p{M}+/gu;
/** Longer "words" are hashes, base64 and URLs' tails: nobody searches for them. */
const MAX_WORD_LENGTH = 40;

export function normalizeText(text: string): string {
  return text.normalize('NFKC').toLowerCase().normalize('NFD').replace(MARKS, '').normalize('NFC');
}

/** Every term of a text with how often it occurs (term frequency, for ranking). */
export function indexTerms(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (term: string) => counts.set(term, (counts.get(term) ?? 0) + 1);
  for (const [token] of normalizeText(text).matchAll(TOKEN)) {
    if (CJK.test(token)) {
      const chars = Array.from(token);
      chars.forEach((char, i) => {
        add(char);
        if (i + 1 < chars.length) add(char + chars[i + 1]);
      });
    } else if (token.length <= MAX_WORD_LENGTH) {
      add(token);
    }
  }
  return counts;
}

export interface ParsedQuery {
  /** Terms every match must hold. */
  terms: string[];
  /**
   * The last word while it is being typed ("clipd" for "clipdown"): matched as a prefix of indexed words.
   * Null when the query ends in a space or in CJK text (whose characters are terms already).
   */
  prefix: string | null;
  /** What to highlight in a result: the query's words and CJK runs as the user typed them, normalised. */
  highlights: string[];
}

export function parseQuery(query: string): ParsedQuery {
  const tokens = Array.from(normalizeText(query).matchAll(TOKEN), ([token]) => token);
  const typing = tokens.length > 0 && !/\s$/u.test(query) && !CJK.test(tokens.at(-1)!);
  const prefix = typing ? tokens.pop()! : null;
  const terms = new Set<string>();
  for (const token of tokens) {
    if (!CJK.test(token)) {
      if (token.length <= MAX_WORD_LENGTH) terms.add(token);
      continue;
    }
    const chars = Array.from(token);
    // One character is its own term; longer runs need each of their pairs (the characters then come with them).
    if (chars.length === 1) terms.add(chars[0]!);
    for (let i = 0; i + 1 < chars.length; i++) terms.add(chars[i]! + chars[i + 1]!);
  }
  const highlights = [...tokens, ...(prefix ? [prefix] : [])];
  return { terms: [...terms], prefix: prefix && prefix.length <= MAX_WORD_LENGTH ? prefix : null, highlights };
}

/** A title's words count this many times over: a clip named for the words ranks above one that mentions them. */
export const TITLE_WEIGHT = 5;

/** The terms a clip is indexed under: its title's (weighted) and its body's. */
export function clipTerms(title: string, body: string): Map<string, number> {
  const terms = indexTerms(body);
  for (const [term, count] of indexTerms(title)) terms.set(term, (terms.get(term) ?? 0) + count * TITLE_WEIGHT);
  return terms;
}
