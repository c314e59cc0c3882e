// The text of a code block as the browser shows it: <br> and per-line elements (highlighters wrap
// each line in a div, span.line or table row) end lines; line-number gutters and copy buttons are
// not code. Every space, tab and blank line of the code itself is kept.

/** Class names of line-number gutters: Prism, highlight.js, Pygments, Rouge, Chroma, GitHub, CodeMirror, Hexo. */
const GUTTER_CLASS = /gutter|line-?num|lineno|^(?:ln|lnt|gl|blob-num|hljs-ln-n)$/i;
/** Class names highlighters give the element that holds one line. */
const LINE_CLASS = /^(?:line|code-line|highlight-line|cm-line|view-line|token-line|hljs-ln-line|ace_line|CodeMirror-line)$/;
const LINE_TAGS = new Set(['DIV', 'P', 'LI', 'TR']);
const NOT_CODE = new Set(['BUTTON', 'SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);

export function isGutter(el: Element): boolean {
  for (const name of Array.from(el.classList)) if (GUTTER_CLASS.test(name)) return true;
  return false;
}

/** A table cell of nothing but digits beside a cell of code is a gutter too (Hexo, Chroma tables). */
export function isNumberCell(cell: Element): boolean {
  if (cell.nodeName !== 'TD' && cell.nodeName !== 'TH') return false;
  if (!/^[\d\s]*$/.test(cell.textContent ?? '')) return false;
  return Array.from(cell.parentElement?.children ?? []).some((other) => other !== cell && /\D/.test(other.textContent ?? ''));
}

function isLine(el: Element): boolean {
  if (LINE_TAGS.has(el.nodeName)) return true;
  for (const name of Array.from(el.classList)) if (LINE_CLASS.test(name)) return true;
  return false;
}

export function codeText(root: Element): string {
  let text = '';
  // A line element ended; the next line needs a newline unless the page wrote one itself.
  let pendingNewline = false;
  const lineStarts: number[] = [];

  const enter = (el: Element): boolean => {
    if (NOT_CODE.has(el.nodeName) || isGutter(el) || isNumberCell(el)) return false;
    if (el.nodeName === 'BR') {
      text += '\n';
      pendingNewline = false;
      return false;
    }
    if (isLine(el)) {
      if (pendingNewline || (text && !text.endsWith('\n'))) text += '\n';
      pendingNewline = false;
      lineStarts.push(text.length);
    }
    return true;
  };
  const exit = (el: Element) => {
    if (!isLine(el)) return;
    const start = lineStarts.pop();
    // An empty line element is a blank line; a line that did not end in a newline needs one.
    if (text.length === start || !text.endsWith('\n')) pendingNewline = true;
  };
  const visitText = (node: Text) => {
    const data = node.data.replace(/\r\n?/g, '\n').replace(/\u00a0/g, ' ');
    if (!data) return;
    if (pendingNewline && !data.startsWith('\n')) text += '\n';
    pendingNewline = false;
    text += data;
  };

  let node: Node | null = root.firstChild;
  while (node) {
    let descend = false;
    if (node.nodeType === 3) visitText(node as Text);
    else if (node.nodeType === 1) descend = enter(node as Element);
    if (descend && node.firstChild) {
      node = node.firstChild;
      continue;
    }
    if (descend) exit(node as Element);
    while (node !== root && !node.nextSibling) {
      node = node.parentNode as Node;
      if (node !== root) exit(node as Element);
    }
    node = node === root ? null : node.nextSibling;
  }
  return text;
}
