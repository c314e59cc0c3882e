// CommonMark's delimiter-run rules (spec 6.2): whether a `*`, `_` or `~` run next to these
// characters could open or close emphasis. An undefined neighbour is a line edge.

export type CharClass = 'space' | 'punctuation' | 'other';

const SPACE = /\s/u;
const PUNCTUATION = /[\p{P}\p{S}]/u;

export function charClass(char: string | undefined): CharClass {
  if (char === undefined || char === '' || SPACE.test(char)) return 'space';
  return PUNCTUATION.test(char) ? 'punctuation' : 'other';
}

function leftFlanking(before: CharClass, after: CharClass): boolean {
  return after !== 'space' && (after !== 'punctuation' || before !== 'other');
}

function rightFlanking(before: CharClass, after: CharClass): boolean {
  return before !== 'space' && (before !== 'punctuation' || after !== 'other');
}

/** `_` may not open or close inside a word (snake_case stays literal); `*` and `~` may. */
export function canOpen(delimiter: string, before: CharClass, after: CharClass): boolean {
  if (!leftFlanking(before, after)) return false;
  return delimiter !== '_' || !rightFlanking(before, after) || before === 'punctuation';
}

export function canClose(delimiter: string, before: CharClass, after: CharClass): boolean {
  if (!rightFlanking(before, after)) return false;
  return delimiter !== '_' || !leftFlanking(before, after) || after === 'punctuation';
}
