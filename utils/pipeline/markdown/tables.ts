// Tables: a data table becomes a GFM table. One with merged cells or block content in a cell (lists,
// several paragraphs, code, a nested table) would break into stray pipes, so it is kept as clean
// HTML instead. A layout table of one cell or one column is just its content.
import type TurndownService from 'turndown';
import type { ConversionContext } from './conversion-context';
import { elementsNamed, elementsWhere } from './elements';
import { captionLine } from './figures';
import { MARK } from './markers';
import { tableHtml } from './table-html';
import { displayWidth } from './text-width';

const BLOCKS_IN_CELL = new Set(['UL', 'OL', 'DL', 'TABLE', 'PRE', 'BLOCKQUOTE', 'HR', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6']);
const TABLE_PARTS = /^(TR|THEAD|TBODY|TFOOT|COLGROUP|COL)$/;

type Alignment = 'left' | 'right' | 'center' | '';

export function classifyTables(root: Element): void {
  for (const table of elementsNamed(root, 'table') as HTMLTableElement[]) {
    if (!root.contains(table) || table.parentElement?.closest(`[${MARK.table}="html"]`)) continue;
    const rows = Array.from(table.rows);
    const cells = rows.flatMap((row) => Array.from(row.cells)).filter(hasContent);
    if (isLayoutTable(rows)) unwrapLayoutTable(table, cells);
    else table.setAttribute(MARK.table, cells.some(cannotBePiped) ? 'html' : 'gfm');
  }
}

/**
 * Data has rows and columns. A table whose content stands in one row, or in one column (the
 * others empty spacers, as old page templates lay out a page), is only laying its content out.
 */
function isLayoutTable(rows: HTMLTableRowElement[]): boolean {
  const columns = new Set<number>();
  let contentRows = 0;
  for (const row of rows) {
    const filled = Array.from(row.cells).flatMap((cell, column) => (hasContent(cell) ? [column] : []));
    if (filled.length) contentRows++;
    for (const column of filled) columns.add(column);
  }
  return contentRows <= 1 || columns.size <= 1;
}

function hasContent(cell: Element): boolean {
  return !!cell.textContent?.trim() || !!cell.querySelector('img, picture, video, audio, iframe, [data-clipdown-math]');
}

function unwrapLayoutTable(table: HTMLTableElement, cells: Element[]): void {
  const parts = [table.caption, ...cells].flatMap((part) => {
    if (!part) return [];
    const div = table.ownerDocument.createElement('div');
    div.append(...Array.from(part.childNodes));
    return [div];
  });
  table.replaceWith(...parts);
}

function cannotBePiped(cell: Element): boolean {
  if (Number(cell.getAttribute('colspan') ?? 1) > 1 || Number(cell.getAttribute('rowspan') ?? 1) > 1) return true;
  let paragraphs = 0;
  for (const el of elementsWhere(cell, () => true)) {
    if (BLOCKS_IN_CELL.has(el.nodeName) || (el.nodeName === 'DIV' && el.hasAttribute(MARK.math))) return true;
    if (isParagraph(el) && ++paragraphs > 1) return true;
  }
  return false;
}

function isParagraph(el: Element): boolean {
  if (el.nodeName === 'P') return !!el.textContent?.trim();
  return el.nodeName === 'DIV' && Array.from(el.childNodes).some((child) => child.nodeType === 3 && !!child.textContent?.trim());
}

function tableOf(node: Element): Element | null {
  return node.closest('table');
}

function isPipedTablePart(node: HTMLElement): boolean {
  return tableOf(node)?.getAttribute(MARK.table) === 'gfm';
}

export function addTableRules(service: TurndownService, context: ConversionContext): void {
  // Cleaning can leave rows and cells whose <table> is gone; they are read as text.
  service.addRule('orphanTablePart', {
    filter: (node) => /^(TD|TH|TR|THEAD|TBODY|TFOOT)$/.test(node.nodeName) && !node.parentElement?.closest('table'),
    replacement: (text, node) => {
      if (node.nodeName !== 'TD' && node.nodeName !== 'TH') return `\n\n${text}\n\n`;
      return node.nextElementSibling ? `${text} ` : text;
    },
  });
  // Cells are converted before their table; the table rule lays them out.
  service.addRule('pipedTableCell', {
    filter: (node) => (node.nodeName === 'TD' || node.nodeName === 'TH' || node.nodeName === 'CAPTION') && isPipedTablePart(node),
    replacement: (content, node) => {
      context.tableCells.set(node, content);
      return '';
    },
  });
  service.addRule('pipedTablePart', {
    filter: (node) => TABLE_PARTS.test(node.nodeName) && isPipedTablePart(node),
    replacement: () => '',
  });
  service.addRule('table', {
    filter: (node) => node.nodeName === 'TABLE' && node.hasAttribute(MARK.table),
    replacement: (_content, node) =>
      node.getAttribute(MARK.table) === 'html' ? tableHtml(node, context.baseUrl) : pipedTable(node as HTMLTableElement, context),
  });
}

function pipedTable(table: HTMLTableElement, context: ConversionContext): string {
  const rows = Array.from(table.rows, (row) => Array.from(row.cells, (cell) => cellText(context.tableCells.get(cell) ?? '')));
  if (!rows.length) return '';
  // A footer that repeats the header stays: the clip keeps all of the article's text (bench:markdown).
  const columns = Math.max(...rows.map((row) => row.length));
  for (const row of rows) while (row.length < columns) row.push('');
  const headerCells = Array.from(table.rows[0]!.cells);
  const alignments = Array.from({ length: columns }, (_, c): Alignment => (headerCells[c] ? alignmentOf(headerCells[c]) : ''));
  const widths = alignments.map((_, c) => Math.max(3, ...rows.map((row) => displayWidth(row[c]!))));
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  const lines = rows.map((row) => line(row.map((text, c) => pad(text, widths[c]!, alignments[c]!))));
  lines.splice(1, 0, line(widths.map((width, c) => delimiter(width, alignments[c]!))));
  const caption = table.caption ? captionLine(context.tableCells.get(table.caption) ?? '', context.options) : '';
  return `\n\n${caption ? `${caption}\n\n` : ''}${lines.join('\n')}\n\n`;
}

/** One line per cell: a line break inside a cell is `<br>`, and a pipe is escaped (GFM's rule, even in code). */
function cellText(markdown: string): string {
  return markdown.trim().replace(/[ \t]*\n+[ \t]*/g, '<br>').replace(/\|/g, '\\|');
}

function alignmentOf(cell: Element): Alignment {
  const declared = cell.getAttribute('align') ?? /text-align\s*:\s*(\w+)/i.exec(cell.getAttribute('style') ?? '')?.[1] ?? '';
  const value = declared.toLowerCase();
  return value === 'left' || value === 'right' || value === 'center' ? value : '';
}

function pad(text: string, width: number, alignment: Alignment): string {
  const room = width - displayWidth(text);
  if (alignment === 'right') return ' '.repeat(room) + text;
  if (alignment === 'center') return ' '.repeat(Math.floor(room / 2)) + text + ' '.repeat(Math.ceil(room / 2));
  return text + ' '.repeat(room);
}

function delimiter(width: number, alignment: Alignment): string {
  if (alignment === 'left') return `:${'-'.repeat(width - 1)}`;
  if (alignment === 'right') return `${'-'.repeat(width - 1)}:`;
  if (alignment === 'center') return `:${'-'.repeat(width - 2)}:`;
  return '-'.repeat(width);
}
