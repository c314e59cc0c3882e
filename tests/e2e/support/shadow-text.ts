// shadowText(harness, page, tagName) -> the text inside the closed shadow root of the first <tagName> in
// the page, or null when there is none. Nothing in the page can read a closed root; CDP's DOM domain
// with `pierce` can, so a test sees what the user sees without the page getting a way in.
import type { Page } from 'playwright-core';
import type { Harness } from './launch-browser';

interface DomNode {
  nodeType: number;
  localName?: string;
  nodeValue?: string;
  children?: DomNode[];
  shadowRoots?: DomNode[];
  contentDocument?: DomNode;
}

const TEXT_NODE = 3;

export async function shadowText(harness: Harness, page: Page, tagName: string): Promise<string | null> {
  const cdp = await harness.context.newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
    const host = find(root, (node) => node.localName === tagName);
    if (!host) return null;
    return (host.shadowRoots ?? []).map(textOf).join(' ').replace(/\s+/g, ' ').trim();
  } finally {
    await cdp.detach().catch(() => {});
  }
}

function find(node: DomNode, test: (node: DomNode) => boolean): DomNode | null {
  if (test(node)) return node;
  for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) {
    const found = find(child, test);
    if (found) return found;
  }
  return null;
}

/** Rendered text only: a <style> element's CSS is not something the user reads. */
function textOf(node: DomNode): string {
  if (node.nodeType === TEXT_NODE) return node.nodeValue ?? '';
  if (node.localName === 'style') return '';
  return [...(node.children ?? []), ...(node.shadowRoots ?? [])].map(textOf).join(' ');
}
