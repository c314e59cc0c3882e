// Elements of a tree in document order, from one TreeWalker walk. Under jsdom a selector list costs
// many times more (and answers out of order) and live collections more still; in a browser the walk
// is as quick as querySelectorAll.

export function forEachElement(root: Node, visit: (el: Element) => void): void {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, 1 /* NodeFilter.SHOW_ELEMENT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) visit(node as Element);
}

export function elementsWhere(root: Node, test: (el: Element) => boolean): Element[] {
  const found: Element[] = [];
  forEachElement(root, (el) => {
    if (test(el)) found.push(el);
  });
  return found;
}

export function elementsNamed(root: Node, ...tags: string[]): Element[] {
  const names = new Set(tags.map((tag) => tag.toUpperCase()));
  return elementsWhere(root, (el) => names.has(el.nodeName.toUpperCase()));
}
