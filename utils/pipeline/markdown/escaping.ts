// Page text → Markdown text that reads the same. Only what Markdown would otherwise turn into markup
// is escaped: Chinese text, snake_case, prices, `3.` or `#` mid-line and `a * b` stay as written.
// Turndown calls the escaper once per text node without the node, so a character at either end of
// the text may touch other markup: an unknown neighbour counts as whatever would let markup form.
// What only forms at a line start, from `!` right before a link or from `]` right before `(`, is
// escaped by positional-escapes.ts, which sees the tree.
import { canClose, canOpen, charClass, type CharClass } from './flanking';

export interface EscapeContext {
  /** `[1]` in the text would link to a `[1]: url` definition (reference-style links). */
  numericLabels: boolean;
  /** `[^1]` in the text would point at a footnote definition. */
  footnoteLabels: boolean;
}

const HAS_SPECIAL = /[\\`*_~[\]<&$]/;
const SPECIAL = /[\\`*_~[\]<&$]/g;
const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/;
/** After `<` these start a tag, a comment, a declaration or an autolink. */
const TAG_START = /[A-Za-z/!?]/;
const ENTITY = /^&(?:#\d{1,7}|#[xX][\da-fA-F]{1,6}|[A-Za-z][A-Za-z\d]{1,31});/;
/** The longest entity name (31 characters) with its `&`, `#` and `;`. */
const ENTITY_LOOKAHEAD = 40;
const UNKNOWN: CharClass[] = ['space', 'punctuation', 'other'];

export function createInlineEscaper(context: EscapeContext): (text: string) => string {
  return (text) => (HAS_SPECIAL.test(text) ? escapeSpecials(text, context) : text);
}

function escapeSpecials(text: string, context: EscapeContext): string {
  // Turndown may trim the text's edge whitespace after escaping it (moving it outside an element),
  // so what stands beyond the first and last visible character is unknown too.
  const first = text.search(/\S/);
  const last = text.search(/\S\s*$/);
  const before = (i: number) => (i <= first ? undefined : text[i - 1]);
  const after = (i: number) => (i > last ? undefined : text[i]);
  const dollars = text.includes('$') ? mathDollars(text) : null;
  const brackets = text.includes('[') || text.includes(']') ? escapedBrackets(text, context) : null;
  let out = '';
  let copied = 0;
  SPECIAL.lastIndex = 0;
  for (let match = SPECIAL.exec(text); match; match = SPECIAL.exec(text)) {
    const i = match.index;
    const char = match[0];
    let end = i + 1;
    let replacement = char;
    switch (char) {
      case '\\':
        if (after(end) === undefined || ASCII_PUNCTUATION.test(text[end]!)) replacement = '\\\\';
        break;
      case '`':
        replacement = '\\`';
        break;
      case '*':
      case '_':
      case '~': {
        end = runEnd(text, i);
        const run = text.slice(i, end);
        // A single `~` beside other markup could lengthen its `~~` into a run that no longer closes.
        const escape = char === '~' ? run.length > 1 || before(i) === undefined || after(end) === undefined : mayDelimit(char, before(i), after(end));
        replacement = escape ? run.replace(/./g, '\\$&') : run;
        break;
      }
      case '[':
      case ']':
        if (brackets?.has(i)) replacement = `\\${char}`;
        break;
      case '<':
        if (after(end) === undefined || TAG_START.test(text[end]!)) replacement = '\\<';
        break;
      case '&':
        // At the end, the text after it (another node's) could complete an entity.
        if (after(end) === undefined || ENTITY.test(text.slice(i, i + ENTITY_LOOKAHEAD))) replacement = '\\&';
        break;
      case '$':
        if (dollars?.has(i)) replacement = '\\$';
        break;
    }
    out += text.slice(copied, i) + replacement;
    copied = end;
    SPECIAL.lastIndex = end;
  }
  return out + text.slice(copied);
}

function runEnd(text: string, start: number): number {
  let end = start + 1;
  while (text[end] === text[start]) end++;
  return end;
}

/** Could this run open or close emphasis, whatever stands at an unknown edge? */
function mayDelimit(delimiter: string, before: string | undefined, after: string | undefined): boolean {
  const befores = before === undefined ? UNKNOWN : [charClass(before)];
  const afters = after === undefined ? UNKNOWN : [charClass(after)];
  return befores.some((b) => afters.some((a) => canOpen(delimiter, b, a) || canClose(delimiter, b, a)));
}

/**
 * Brackets that could make or break a link: a pair whose `]` is followed by `(`, `[` or `:`, a pair
 * naming a label this clip defines (`[1]`, `[^1]`), and any bracket without its partner here, which
 * inside link text would end or split the link. Escaped in pairs. (A `]` ending the text is judged by
 * positional-escapes.ts, which sees what follows it.)
 */
function escapedBrackets(text: string, context: EscapeContext): Set<number> {
  const escaped = new Set<number>();
  const open: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '[') {
      open.push(i);
    } else if (char === ']') {
      const start = open.pop();
      if (start === undefined) {
        escaped.add(i);
        continue;
      }
      const next = text[i + 1];
      if (next === '(' || next === '[' || next === ':' || isDefinedLabel(text.slice(start + 1, i), context)) {
        escaped.add(start);
        escaped.add(i);
      }
    }
  }
  for (const start of open) escaped.add(start);
  return escaped;
}

function isDefinedLabel(label: string, context: EscapeContext): boolean {
  return (context.numericLabels && /^\d+$/.test(label)) || (context.footnoteLabels && /^\^\S+$/.test(label));
}

/**
 * Dollars that math renderers (Obsidian, Hexo, pandoc) would pair into `$…$`: an opener followed
 * by a non-space, a closer after a non-space and not before a digit, so "$5 and $10" stays as it is.
 */
function mathDollars(text: string): Set<number> {
  const pairs = new Set<number>();
  let open = -1;
  for (let i = text.indexOf('$'); i >= 0; i = text.indexOf('$', i + 1)) {
    const before = text[i - 1];
    const after = text[i + 1];
    if (after === '$' || before === '$') {
      pairs.add(i);
      continue;
    }
    if (open >= 0 && before !== undefined && !/\s/.test(before) && !/\d/.test(after ?? '')) {
      pairs.add(open);
      pairs.add(i);
      open = -1;
    } else if (after !== undefined && !/\s/.test(after)) {
      open = i;
    }
  }
  return pairs;
}

const LINE_START_CONSTRUCTS: { pattern: RegExp; escape: (construct: string) => string }[] = [
  { pattern: /^#{1,6}(?=[ \t]|$)/, escape: (s) => `\\${s}` },
  { pattern: /^>/, escape: () => '\\>' },
  { pattern: /^[-+*](?=[ \t]|$)/, escape: (s) => `\\${s}` },
  // A setext underline (after a hard line break) or a thematic break.
  { pattern: /^(?:-+|=+)(?=[ \t]*$)/, escape: (s) => `\\${s}` },
  { pattern: /^\d{1,9}[.)](?=[ \t]|$)/, escape: (s) => `${s.slice(0, -1)}\\${s.slice(-1)}` },
];

/** The block construct `text` would start if it began a line, and its escaped spelling. */
export function lineStartConstruct(text: string): { construct: string; markdown: string } | null {
  for (const { pattern, escape } of LINE_START_CONSTRUCTS) {
    const match = pattern.exec(text);
    if (match) return { construct: match[0], markdown: escape(match[0]) };
  }
  return null;
}
