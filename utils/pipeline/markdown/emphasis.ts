// Emphasis, strong and strikethrough, with delimiters that work where they stand. `_` cannot open or
// close inside a word (中文 or snake-like text), so `*` takes its place there; punctuation just inside
// a delimiter next to a letter outside (`**“引号”**之后`) stops the delimiter working, so that
// punctuation moves outside it. Where nothing works the text stays, without stray delimiters.
import type TurndownService from 'turndown';
import { lineStartConstruct } from './escaping';
import { canClose, canOpen, charClass } from './flanking';
import type { MarkdownOptions } from './markdown-options';
import { charAfter, charBefore } from './neighbours';

/** Punctuation that is page text, never Markdown syntax, and may move outside a delimiter. */
const MOVABLE_PUNCTUATION = /^[^\\`*_[\]()<>~$|!#\s\p{L}\p{N}]+/u;
const MOVABLE_PUNCTUATION_END = /[^\\`*_[\]()<>~$|!#\s\p{L}\p{N}]+$/u;

export function addEmphasisRules(service: TurndownService, options: MarkdownOptions): void {
  const other = { _: '*', '*': '_', '**': '__', __: '**' } as const;
  service.addRule('emphasis', {
    filter: ['em', 'i'],
    replacement: (content, node) => delimit(content, node, [options.emDelimiter, other[options.emDelimiter]]),
  });
  service.addRule('strong', {
    filter: ['strong', 'b'],
    replacement: (content, node) => delimit(content, node, [options.strongDelimiter, other[options.strongDelimiter]]),
  });
  service.addRule('strikethrough', {
    filter: (node) => node.nodeName === 'DEL' || node.nodeName === 'S' || node.nodeName === 'STRIKE',
    replacement: (content, node) => delimit(content, node, ['~~']),
  });
}

/** Each paragraph of the content delimited on its own: emphasis cannot span a blank line. */
function delimit(content: string, node: Node, delimiters: readonly string[]): string {
  if (!content.trim()) return '';
  const parts = content.split(/(\n{2,})/);
  return parts
    .map((part, i) => {
      if (i % 2 === 1) return part;
      const before = i === 0 ? charBefore(node) : undefined;
      const after = i === parts.length - 1 ? charAfter(node) : undefined;
      return delimitOne(part, before, after, delimiters, node.textContent ?? '');
    })
    .join('');
}

function delimitOne(text: string, before: string | undefined, after: string | undefined, delimiters: readonly string[], plain: string): string {
  const inner = text.trim();
  if (!inner) return text;
  const start = text.indexOf(inner);
  return text.slice(0, start) + delimitTrimmed(inner, before, after, delimiters, plain) + text.slice(start + inner.length);
}

function delimitTrimmed(inner: string, before: string | undefined, after: string | undefined, delimiters: readonly string[], plain: string): string {
  const fitting = delimiters.find((d) => fits(d, before, inner, after));
  if (fitting) return `${fitting}${inner}${fitting}`;
  // Move punctuation that is plain page text (it starts or ends the element's own text) outside.
  const lead = MOVABLE_PUNCTUATION.exec(inner)?.[0] ?? '';
  const trail = MOVABLE_PUNCTUATION_END.exec(inner.slice(lead.length))?.[0] ?? '';
  const core = inner.slice(lead.length, inner.length - trail.length);
  // (Never between a backslash and the character it escapes.)
  if (core && !core.endsWith('\\') && plain.trim().startsWith(lead) && plain.trim().endsWith(trail)) {
    const moved = delimiters.find((d) => fits(d, lead ? lead[lead.length - 1] : before, core, trail ? trail[0] : after));
    if (moved) return `${lead}${moved}${core}${moved}${trail}`;
  }
  // Without its delimiter the text may start a line, where `1. ` would begin a list.
  const construct = before === undefined ? lineStartConstruct(inner) : null;
  return construct ? construct.markdown + inner.slice(construct.construct.length) : inner;
}

function fits(delimiter: string, before: string | undefined, text: string, after: string | undefined): boolean {
  const char = delimiter[0]!;
  // The same character inside the edge would lengthen the delimiter run (`~~~`, `***`) and change its meaning.
  if (text[0] === char || text[text.length - 1] === char) return false;
  return canOpen(char, charClass(before), charClass(text[0])) && canClose(char, charClass(text[text.length - 1]), charClass(after));
}
