// Visible text next to a node in document order, after it or before it (from the start of the body when
// there is no node), bounded in characters and nodes: where pages print the byline and date of a headline.
import { visibleTextNodes } from './visible-text-nodes';

/** Text nodes visited; whitespace-only nodes between table cells can be numerous. */
const MAX_TEXT_NODES = 3000;

export type Direction = 'after' | 'before';

export function readAdjacentText(doc: Document, start: Node | null, maxChars: number, direction: Direction = 'after'): string {
  const root = doc.body ?? doc.documentElement;
  if (!root) return '';
  const from = start && root.contains(start) && start !== root ? start : null;
  if (!from && direction === 'before') return '';
  const pieces: string[] = [];
  let length = 0;
  for (const { text } of visibleTextNodes(doc, root, { maxNodes: MAX_TEXT_NODES, from, direction })) {
    pieces.push(text);
    length += text.length + 1;
    if (length >= maxChars) break;
  }
  if (direction === 'after') return pieces.join(' ').slice(0, maxChars);
  const joined = pieces.reverse().join(' ');
  return joined.slice(Math.max(0, joined.length - maxChars));
}
