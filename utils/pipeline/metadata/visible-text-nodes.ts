// The page's visible text, node by node in document order (or backwards from a node), each piece cleaned
// and paired with the element printing it. Script, style and form-control text is not shown to readers.
import { cleanText } from './clean-text';

const SHOW_TEXT = 4;
const SKIPPED_PARENTS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'SELECT', 'OPTION', 'BUTTON']);

export interface VisibleText {
  text: string;
  parent: Element;
}

export interface VisibleTextWalk {
  /** Text nodes visited at most, empty ones included: the bound that keeps a walk cheap on huge pages. */
  maxNodes: number;
  /** Walk from this node, skipping its own text; from the start of `root` when absent. */
  from?: Node | null;
  direction?: 'after' | 'before';
}

export function* visibleTextNodes(doc: Document, root: Node, walk: VisibleTextWalk): Generator<VisibleText> {
  const { maxNodes, from = null, direction = 'after' } = walk;
  const walker = doc.createTreeWalker(root, SHOW_TEXT);
  if (from) walker.currentNode = from;
  for (let visited = 0; visited < maxNodes; visited++) {
    const node = direction === 'after' ? walker.nextNode() : walker.previousNode();
    if (!node) return;
    if (from?.contains(node)) continue;
    const parent = node.parentElement;
    if (!parent || SKIPPED_PARENTS.has(parent.tagName.toUpperCase())) continue;
    const text = cleanText(node.nodeValue);
    if (text) yield { text, parent };
  }
}
