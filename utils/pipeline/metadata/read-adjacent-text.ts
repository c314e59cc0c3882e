// Visible text next to a node in document order, after it or before it (from the start of the body when
// there is no node), bounded in characters and nodes: where pages print the byline and date of a headline.
import { cleanText } from './clean-text';

/** Text nodes visited; whitespace-only nodes between table cells can be numerous. */
const MAX_TEXT_NODES = 3000;
const SHOW_TEXT = 4;
const SKIPPED_PARENTS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'SELECT', 'OPTION', 'BUTTON']);

export type Direction = 'after' | 'before';

export function readAdjacentText(doc: Document, start: Node | null, maxChars: number, direction: Direction = 'after'): string {
  const root = doc.body ?? doc.documentElement;
  if (!root) return '';
  const from = start && root.contains(start) && start !== root ? start : null;
  if (!from && direction === 'before') return '';
  const walker = doc.createTreeWalker(root, SHOW_TEXT);
  if (from) walker.currentNode = from;
  const step = (): Node | null => (direction === 'after' ? walker.nextNode() : walker.previousNode());

  const pieces: string[] = [];
  let length = 0;
  for (let visited = 0; visited < MAX_TEXT_NODES && length < maxChars; visited++) {
    const node = step();
    if (!node) break;
    if (from?.contains(node)) continue;
    const parent = node.parentElement;
    if (!parent || SKIPPED_PARENTS.has(parent.tagName.toUpperCase())) continue;
    const text = cleanText(node.nodeValue);
    if (!text) continue;
    pieces.push(text);
    length += text.length + 1;
  }
  if (direction === 'after') return pieces.join(' ').slice(0, maxChars);
  const joined = pieces.reverse().join(' ');
  return joined.slice(Math.max(0, joined.length - maxChars));
}
