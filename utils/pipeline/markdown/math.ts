// Math rendered by KaTeX, MathJax 2 or 3, or left as MathML becomes `$…$` inline and `$$…$$` on lines
// of its own, from the TeX the renderer kept; the rendered copies (glyph spans, previews,
// assistive MathML) go, so the formula is written once. Without TeX, the math's text stays, once.
import { elementsWhere } from './elements';
import { MARK } from './markers';
import { cleanTex, mathText, texOfMathml } from './math-source';

/** KaTeX, Wikipedia and MathJax 2 output, by class. */
const MATH_CLASS = /(?:^|\s)(?:katex(?:-display)?|mwe-math-element|MathJax(?:_Preview|_Display|_SVG|_SVG_Display|_CHTML)?)(?:\s|$)/;
/** MathJax 2's rendered output, written just before the script that holds the TeX. */
const MATHJAX2_OUTPUT = /(?:^|\s)(?:MathJax(?:_Display|_SVG|_SVG_Display|_CHTML|_Preview)?)(?:\s|$)/;

interface Formula {
  tex: string;
  display: boolean;
  /** Text to keep when there is no TeX. */
  text: string;
}

export function prepareMath(root: Element): void {
  for (const el of elementsWhere(root, isMath)) {
    if (!root.contains(el)) continue;
    if (el.classList.contains('MathJax_Preview')) {
      el.remove();
      continue;
    }
    const formula = readFormula(el);
    if (formula) replaceWithFormula(el, formula);
  }
}

function isMath(el: Element): boolean {
  const tag = el.nodeName.toLowerCase();
  if (tag === 'math' || tag === 'mjx-container') return true;
  if (tag === 'script') return /^math\/tex/i.test(el.getAttribute('type') ?? '');
  return MATH_CLASS.test(el.getAttribute('class') ?? '');
}

function readFormula(el: Element): Formula | null {
  if (el.classList.contains('katex-display') || el.classList.contains('katex')) {
    const display = el.classList.contains('katex-display') || !!el.closest('.katex-display');
    return { tex: texOfMathml(el.querySelector('math')), display, text: mathText(el.querySelector('.katex-mathml') ?? el) };
  }
  if (el.nodeName === 'SCRIPT') {
    return { tex: cleanTex(el.textContent), display: /mode\s*=\s*display/i.test(el.getAttribute('type') ?? ''), text: '' };
  }
  if (el.nodeName.toLowerCase() === 'mjx-container') {
    const math = el.querySelector('math');
    const tex = cleanTex(el.getAttribute('data-latex') ?? el.querySelector('[data-latex]')?.getAttribute('data-latex')) || texOfMathml(math);
    const display = el.getAttribute('display') === 'true' || math?.getAttribute('display') === 'block';
    return { tex, display, text: mathText(el.querySelector('mjx-assistive-mml') ?? math ?? el) };
  }
  if (el.classList.contains('mwe-math-element')) {
    const math = el.querySelector('math');
    const display = !!el.querySelector('.mwe-math-fallback-image-display') || math?.getAttribute('display') === 'block';
    return { tex: texOfMathml(math), display, text: mathText(math) || (el.querySelector('img')?.getAttribute('alt') ?? '') };
  }
  if (MATHJAX2_OUTPUT.test(el.getAttribute('class') ?? '')) {
    // Rendered output goes when its TeX script follows (now, before its inner MathML is read as
    // a formula of its own); alone, it may carry assistive MathML.
    if (MATHJAX2_OUTPUT.test(el.parentElement?.getAttribute('class') ?? '')) return null;
    if (nextMathScript(el)) {
      el.remove();
      return null;
    }
    const math = el.querySelector('math');
    if (!math) return null;
    return { tex: texOfMathml(math), display: math.getAttribute('display') === 'block', text: mathText(math) };
  }
  if (el.nodeName.toLowerCase() === 'math') {
    return { tex: texOfMathml(el), display: el.getAttribute('display') === 'block', text: mathText(el) };
  }
  return null;
}

function nextMathScript(el: Element): Element | null {
  let next = el.nextElementSibling;
  while (next && MATHJAX2_OUTPUT.test(next.getAttribute('class') ?? '')) next = next.nextElementSibling;
  return next?.nodeName === 'SCRIPT' && /^math\/tex/i.test(next.getAttribute('type') ?? '') ? next : null;
}

function replaceWithFormula(el: Element, formula: Formula): void {
  const doc = el.ownerDocument;
  if (!formula.tex) {
    el.replaceWith(doc.createTextNode(formula.text));
    return;
  }
  const holder = doc.createElement(formula.display ? 'div' : 'span');
  holder.setAttribute(MARK.math, formula.tex);
  holder.textContent = formula.tex;
  el.replaceWith(holder);
}

export function mathMarkdown(holder: Element): string {
  const tex = holder.getAttribute(MARK.math) ?? '';
  if (holder.nodeName === 'DIV') {
    // A blank line would end the block in Markdown; TeX does not need it.
    const lines = tex.split('\n').filter((line) => line.trim());
    return `\n\n$$\n${lines.join('\n')}\n$$\n\n`;
  }
  // Inline math is one line: a TeX comment would swallow what followed it once lines are joined.
  return `$${tex.replace(/(^|[^\\])%.*$/gm, '$1').replace(/\s+/g, ' ').trim()}$`;
}
