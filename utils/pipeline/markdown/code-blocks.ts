// Code: every <pre> becomes a fenced block holding its text exactly, with its language; a gutter
// table (line numbers in one cell, code in the other, as Hexo, Rouge and GitHub print code) becomes
// one <pre> first; a <pre> holding an article's prose becomes prose. Inline code picks a backtick
// run the code does not contain.
import { codeLanguage } from './code-language';
import { codeText, isGutter, isNumberCell } from './code-text';
import { elementsNamed } from './elements';
import { MARK } from './markers';
import { isProsePre, preToProse } from './prose-in-pre';

export function prepareCodeBlocks(root: Element): void {
  const doc = root.ownerDocument;
  for (const table of elementsNamed(root, 'table') as HTMLTableElement[]) {
    if (!root.contains(table) || table.closest('pre')) continue;
    const codeCells = gutterTableCode(table);
    if (!codeCells) continue;
    const pre = doc.createElement('pre');
    // The language is on the code cell's <pre> or <code>, or on the wrapper around the whole table (Hexo).
    const language = codeLanguage(codeCells[0]!.querySelector('code, pre') ?? codeCells[0]!, codeCells[0]!) || codeLanguage(table, root);
    pre.setAttribute(MARK.code, language);
    pre.textContent = codeCells.map((cell) => codeText(cell).replace(/\n$/, '')).join('\n');
    table.replaceWith(pre);
  }
  for (const pre of elementsNamed(root, 'pre')) {
    // A <pre> inside another (Rouge's table) was read with its outer one; a made one is done.
    if (!root.contains(pre) || pre.hasAttribute(MARK.code)) continue;
    if (isProsePre(pre, root)) {
      preToProse(pre);
      continue;
    }
    pre.setAttribute(MARK.code, codeLanguage(pre.querySelector('code') ?? pre, root));
    pre.textContent = codeText(pre);
  }
}

/** The code cells, row by row, of a table that numbers its lines in a gutter cell; null otherwise. */
function gutterTableCode(table: HTMLTableElement): Element[] | null {
  const codeCells: Element[] = [];
  let gutters = 0;
  for (const row of Array.from(table.rows)) {
    for (const cell of Array.from(row.cells)) {
      if (isGutter(cell)) gutters++;
      else if (isNumberCell(cell) && row.querySelector('pre')) gutters++;
      else codeCells.push(cell);
    }
  }
  if (!gutters || !codeCells.length) return null;
  const holdsCode = (cell: Element) => !!cell.querySelector('pre, code') || /(?:^|[\s-])code(?:$|[\s-])/.test(cell.className);
  return codeCells.every(holdsCode) ? codeCells : null;
}

export function fencedCode(pre: Element, fence: '```' | '~~~'): string {
  // The last newline ends the last line; it is not a blank line of its own.
  const code = (pre.textContent ?? '').replace(/\n$/, '');
  if (!code.trim()) return '';
  const fenceChar = fence[0]!;
  const marker = fenceChar.repeat(Math.max(3, longestRun(code, fenceChar) + 1));
  return `\n\n${marker}${pre.getAttribute(MARK.code) ?? ''}\n${code}\n${marker}\n\n`;
}

/**
 * `` `` a ` b `` ``: the delimiter is one backtick longer than the longest run inside, and
 * padded with a space when the code touches a backtick or would lose an edge space.
 */
export function inlineCode(text: string): string {
  const code = text.replace(/\r?\n/g, ' ');
  if (!code) return '';
  const delimiter = '`'.repeat(longestRun(code, '`') + 1);
  const pad = code.includes('`') || /^ .*\S.* $/.test(code) ? ' ' : '';
  return `${delimiter}${pad}${code}${pad}${delimiter}`;
}

function longestRun(text: string, char: string): number {
  let longest = 0;
  for (let i = text.indexOf(char); i >= 0; i = text.indexOf(char, i)) {
    let end = i + 1;
    while (text[end] === char) end++;
    longest = Math.max(longest, end - i);
    i = end;
  }
  return longest;
}

interface TurndownCode extends Node {
  flankingWhitespace?: { leading: string; trailing: string };
}

/** Inline code from an element; whitespace Turndown moved outside the element is not written twice. */
export function inlineCodeOf(el: Element): string {
  let text = el.textContent ?? '';
  const moved = (el as TurndownCode).flankingWhitespace;
  if (moved?.leading) text = text.replace(/^\s+/, '');
  if (moved?.trailing) text = text.replace(/\s+$/, '');
  return inlineCode(text);
}
