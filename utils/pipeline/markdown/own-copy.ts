// The converter works on its own copy of the content, made in one walk that also leaves out what
// must not reach the passes: attributes a page might set to pose as this converter's markers, and
// whitespace-only text (spaces, &nbsp;) after a block, a <br> or at a block's start, which Turndown
// would remove or which would only indent a line. Under jsdom every removal from a long child list
// costs the length of that list; not copying is free.
import { isBlockElement } from './block-elements';
import { MARKER_PREFIX } from './markers';

export function ownCopy(content: Node): Element {
  const source = content.nodeType === 9 ? ((content as Document).body ?? (content as Document).documentElement) : content;
  const doc = source.ownerDocument ?? (content as Document);
  const root = source.nodeType === 1 ? (source.cloneNode(false) as Element) : doc.createElement('div');
  if (source.nodeType === 1) removeMarkers(root);
  const from = source.nodeType === 1 || source.nodeType === 11 ? source : null;
  if (!from) {
    root.append(source.cloneNode(true));
    return root;
  }
  const stack: [Node, Node, boolean][] = [[from, root, false]];
  while (stack.length) {
    const [parent, copy, inPre] = stack.pop()!;
    for (let child = parent.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3 && !inPre && isDroppedWhitespace(child, parent === from)) continue;
      const clone = child.cloneNode(false);
      copy.appendChild(clone);
      if (child.nodeType !== 1) continue;
      removeMarkers(clone as Element);
      if (child.firstChild) stack.push([child, clone, inPre || child.nodeName === 'PRE']);
    }
  }
  return root;
}

function isDroppedWhitespace(text: Node, atRoot: boolean): boolean {
  if (/\S/.test(text.textContent ?? '')) return false;
  const previous = text.previousSibling;
  if (!previous) return atRoot || isBlockElement(text.parentNode);
  return previous.nodeName === 'BR' || isBlockElement(previous);
}

function removeMarkers(el: Element): void {
  if (!el.hasAttributes()) return;
  for (const name of el.getAttributeNames()) if (name.startsWith(MARKER_PREFIX)) el.removeAttribute(name);
}
