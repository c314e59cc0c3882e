// Some Chinese news sites set the whole article in a <pre>, lines indented. That is prose, not code:
// a fenced block would show it as code and keep the indentation. Such a <pre> (no <code>, no
// language, mostly CJK text) becomes a block whose line breaks are <br>: an indented line starts
// a paragraph, other lines break where the page broke them.
import { codeLanguage } from './code-language';

/** Code is written in Latin letters; even commented Chinese code stays well under this share. */
const MIN_CJK_SHARE = 0.5;
const CJK = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3\uf900-\ufaff]/g;
/** A line break followed by indentation. */
const PARAGRAPH_START = /\n[ \t\u00a0\u3000]+(?=\S)/;

export function isProsePre(pre: Element, root: Element): boolean {
  if (pre.querySelector('code') || codeLanguage(pre, root)) return false;
  const visible = (pre.textContent ?? '').replace(/\s+/g, '');
  return visible.length > 0 && (visible.match(CJK)?.length ?? 0) / visible.length >= MIN_CJK_SHARE;
}

export function preToProse(pre: Element): void {
  const doc = pre.ownerDocument;
  const block = doc.createElement('div');
  for (const child of Array.from(pre.childNodes)) {
    if (child.nodeType !== 3) {
      block.append(child);
      continue;
    }
    // Split at every newline; an indented line gets a second <br>, which ends the paragraph.
    const parts = (child.textContent ?? '').split(/(\n[ \t\u00a0\u3000]*)/);
    parts.forEach((part, i) => {
      if (i % 2 === 0) {
        if (part) block.append(doc.createTextNode(part));
        return;
      }
      block.append(doc.createElement('br'));
      if (PARAGRAPH_START.test(`${part}x`)) block.append(doc.createElement('br'));
    });
  }
  pre.replaceWith(block);
}
