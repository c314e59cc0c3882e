// Lists: one space after the marker (`- item`, `3. item`), numbers from the list's start (or an item's
// value, counting down in a reversed list), children indented by their own item's marker width so
// CommonMark nests them, and task items as `- [ ]` / `- [x]`. A list is tight unless an item holds
// more than one block (then a blank line between items says so, as in hand-written Markdown).
import type TurndownService from 'turndown';
import { isBlockElement } from './block-elements';
import { elementsNamed } from './elements';
import { MARK } from './markers';
import type { MarkdownOptions } from './markdown-options';

/** CommonMark list numbers have at most nine digits. */
const MAX_LIST_NUMBER = 999_999_999;
const MEDIA = 'img, iframe, video, audio';
/** Elements a task item's checkbox may be wrapped in. */
const CHECKBOX_WRAPPERS = new Set(['P', 'LABEL', 'SPAN', 'DIV']);

// Per conversion, keyed by the nodes of Turndown's copy; computed once per list, not once per item.
const itemNumbers = new WeakMap<Element, number>();
const tightLists = new WeakMap<Element, boolean>();

export function addListRules(service: TurndownService, options: MarkdownOptions): void {
  service.addRule('list', {
    filter: ['ul', 'ol'],
    replacement: (content, node) => {
      const body = content.replace(/^\n+/, '').trimEnd();
      if (node.parentElement?.nodeName !== 'LI') return `\n\n${body}\n\n`;
      // Right under its item's text; what follows it in the item needs a blank line, or it would
      // continue the last nested item.
      return `\n${body}\n${hasContentAfter(node) ? '\n' : ''}`;
    },
  });
  service.addRule('listItem', {
    filter: 'li',
    replacement: (content, node) => {
      const list = node.parentElement;
      const marker = list?.nodeName === 'OL' ? `${itemNumber(node)}. ` : `${options.bulletMarker} `;
      const task = node.hasAttribute(MARK.task) ? `[${node.getAttribute(MARK.task)}] ` : '';
      const indent = ' '.repeat(marker.length);
      const lines = content.replace(/^\s+/, '').trimEnd().split('\n');
      const body = lines.map((line, i) => (i === 0 || !line ? line : indent + line)).join('\n');
      const gap = list && isTightList(list) ? '\n' : '\n\n';
      return `${gap}${(marker + task + body).trimEnd()}${gap}`;
    },
  });
}

/** How far apart a block inside a list item sits from what is around it: tight items take no blank lines. */
export function blockGap(block: Element): string {
  const item = block.parentElement;
  return item?.nodeName === 'LI' && item.parentElement && isTightList(item.parentElement) ? '\n' : '\n\n';
}

function itemNumber(item: Element): number {
  if (!itemNumbers.has(item) && item.parentElement) numberItems(item.parentElement);
  return itemNumbers.get(item) ?? 1;
}

function numberItems(list: Element): void {
  const items = Array.from(list.children).filter((child) => child.nodeName === 'LI');
  const reversed = list.hasAttribute('reversed');
  const start = Number.parseInt(list.getAttribute('start') ?? '', 10);
  let next = Number.isFinite(start) ? start : reversed ? items.length : 1;
  for (const item of items) {
    const value = Number.parseInt(item.getAttribute('value') ?? '', 10);
    if (Number.isFinite(value)) next = value;
    itemNumbers.set(item, Math.min(MAX_LIST_NUMBER, Math.max(0, next)));
    next += reversed ? -1 : 1;
  }
}

function isTightList(list: Element): boolean {
  let tight = tightLists.get(list);
  if (tight === undefined) {
    tight = Array.from(list.children).every((child) => child.nodeName !== 'LI' || isTightItem(child));
    tightLists.set(list, tight);
  }
  return tight;
}

/** At most one paragraph (inline text or one block), then only nested lists. */
function isTightItem(item: Element): boolean {
  let paragraph = false;
  let nested = false;
  let inlineRun = false;
  for (const child of Array.from(item.childNodes)) {
    const isElement = child.nodeType === 1;
    if (!hasContent(child)) continue;
    if (isElement && (child.nodeName === 'UL' || child.nodeName === 'OL')) {
      nested = true;
    } else if (isElement && isBlockElement(child)) {
      if (nested || paragraph || !isOneBlock(child as Element)) return false;
      paragraph = true;
    } else {
      if (nested || (paragraph && !inlineRun)) return false;
      paragraph = inlineRun = true;
    }
  }
  return true;
}

/** A block that writes one paragraph, not a wrapper around several (a <div> holding two <p>). */
function isOneBlock(block: Element): boolean {
  let text = false;
  const blocks: Element[] = [];
  for (const child of Array.from(block.childNodes)) {
    if (!hasContent(child)) continue;
    if (child.nodeType === 1 && isBlockElement(child)) blocks.push(child as Element);
    else text = true;
  }
  if (blocks.length === 0) return true;
  return !text && blocks.length === 1 && isOneBlock(blocks[0]!);
}

function hasContent(node: Node): boolean {
  if (node.nodeType === 3) return !!node.textContent?.trim();
  if (node.nodeType !== 1 || node.nodeName === 'BR') return false;
  const el = node as Element;
  return !!el.textContent?.trim() || el.matches(MEDIA) || !!el.querySelector(MEDIA);
}

function hasContentAfter(node: Node): boolean {
  for (let next = node.nextSibling; next; next = next.nextSibling) if (hasContent(next)) return true;
  return false;
}

/** Task items keep their state as a marker; the checkbox itself goes with the other form controls. */
export function markTaskItems(root: Element): void {
  for (const item of elementsNamed(root, 'li')) {
    const checkbox = taskCheckbox(item);
    if (!checkbox) continue;
    item.setAttribute(MARK.task, checkbox.hasAttribute('checked') ? 'x' : ' ');
    checkbox.remove();
  }
}

/** The checkbox a task item starts with, before any text. */
function taskCheckbox(item: Element): Element | null {
  let node: Node | null = item.firstChild;
  while (node) {
    if (node.nodeType === 3 && !node.textContent?.trim()) {
      node = node.nextSibling;
    } else if (node.nodeName === 'INPUT') {
      return (node as Element).getAttribute('type')?.toLowerCase() === 'checkbox' ? (node as Element) : null;
    } else if (CHECKBOX_WRAPPERS.has(node.nodeName)) {
      node = node.firstChild;
    } else {
      return null;
    }
  }
  return null;
}
