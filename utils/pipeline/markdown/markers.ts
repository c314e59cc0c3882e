// Attributes the passes before Turndown leave on elements for the rules to read. Turndown works on
// its own copy of the tree, so what a pass decided must travel in the DOM, not in a WeakMap.
// A page could carry these attributes itself; the converter's copy of the input leaves them out.

export const MARK = {
  /** span: value = the Markdown for its text, an escape that depends on where the text stands. */
  escape: 'data-clipdown-escape',
  /** span (inline) or div (display): value = the TeX. */
  math: 'data-clipdown-math',
  /** span: value = footnote label. */
  footnoteRef: 'data-clipdown-footnote-ref',
  /** div: value = footnote label; children = the definition. */
  footnote: 'data-clipdown-footnote',
  /** div: all footnote definitions, at the end of the content. */
  footnotes: 'data-clipdown-footnotes',
  /** li: "x" (done) or " " (to do): the task item's checkbox, taken out. */
  task: 'data-clipdown-task',
  /** table: "gfm" or "html". */
  table: 'data-clipdown-table',
  /** pre: value = the code's language (may be empty); the pre holds the code as one text node. */
  code: 'data-clipdown-code',
} as const;

/** Every marker's name starts so; the copy the converter makes leaves out any the page had. */
export const MARKER_PREFIX = 'data-clipdown-';

export function hasMark(node: Node, name: (typeof MARK)[keyof typeof MARK]): node is Element {
  return node.nodeType === 1 && (node as Element).hasAttribute(name);
}
