// URL- and file-friendly slugs that keep every script's letters: `漳州开发区:一鼓作气` →
// `漳州开发区-一鼓作气`, `It's Back!` → `its-back`. Latin is lower-cased; anything that is not a
// letter, mark or digit (spaces, punctuation, symbols, emoji) becomes one dash.

const APOSTROPHES = /['’]/g;
const NOT_WORD = /[^\p{L}\p{M}\p{N}]+/gu;
const EDGE_DASHES = /^-+|-+$/g;

export function slugify(text: string): string {
  return text
    // Compatibility forms first: full-width `ＡＢＣ１` and `：` in Chinese titles become `abc1` and `:`.
    .normalize('NFKC')
    .toLowerCase()
    .replace(APOSTROPHES, '')
    .replace(NOT_WORD, '-')
    .replace(EDGE_DASHES, '');
}
