// Wording rules judge what the reader sees as a line: a block, or an inline element with nothing else on its line.
// Inside a sentence the same words are the story's own: "click the <b>Share</b> button", "点击<strong>分享</strong>按钮".
import { cleanText } from '../metadata/clean-text';

const INLINE_TAGS = new Set([
  'A', 'ABBR', 'B', 'BDI', 'BDO', 'BIG', 'CITE', 'CODE', 'DEL', 'DFN', 'EM', 'FONT', 'I', 'INS', 'KBD', 'LABEL', 'MARK',
  'Q', 'S', 'SAMP', 'SMALL', 'SPAN', 'STRIKE', 'STRONG', 'SUB', 'SUP', 'TIME', 'TT', 'U', 'VAR',
]);
/**
 * What may stand beside a control on its own line: the separators of a toolbar ("分享 | 打印", "Share · Print"), and
 * other buttons set in brackets ("【打印】【关闭】", "[Print]"). A full stop or a comma beside it is a sentence's.
 */
const ONLY_SEPARATORS = /^[\s|｜·•／/\\\-–—]*$/u;
const BUTTON = /^[【[［].*[】\]］]$/u;
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

export function standsOnItsOwnLine(el: Element): boolean {
  if (!INLINE_TAGS.has(el.tagName.toUpperCase())) return true;
  if (!sideIsClear(el, 'previousSibling') || !sideIsClear(el, 'nextSibling')) return false;
  const parent = el.parentElement;
  return !parent || standsOnItsOwnLine(parent);
}

function sideIsClear(el: Element, direction: 'previousSibling' | 'nextSibling'): boolean {
  for (let node = el[direction]; node; node = node[direction]) {
    if (node.nodeType === TEXT_NODE) {
      if (!ONLY_SEPARATORS.test(node.nodeValue ?? '')) return false;
    } else if (node.nodeType === ELEMENT_NODE) {
      const tag = (node as Element).tagName.toUpperCase();
      // A line break or a block ends the line.
      if (!INLINE_TAGS.has(tag)) return true;
      const text = cleanText(node.textContent);
      if (!ONLY_SEPARATORS.test(text) && !BUTTON.test(text)) return false;
    }
  }
  return true;
}
