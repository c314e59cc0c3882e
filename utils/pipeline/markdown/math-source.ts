// Where rendered math keeps its TeX: KaTeX's <annotation encoding="application/x-tex">, MathJax 2's
// <script type="math/tex">, MathJax 3's data-latex or assistive MathML, Wikipedia's alttext.

const TEX_ANNOTATION = 'annotation[encoding="application/x-tex"], annotation[encoding="TeX"], annotation[encoding="text/x-tex"]';
/** Wikipedia wraps every formula in `{\displaystyle …}`; the style is the renderer's business. */
const STYLE_WRAPPER = /^\{\\(?:displaystyle|textstyle)\s*([\s\S]*)\}$/;
/** alttext is sometimes prose ("x squared"); only TeX-looking alttext is taken as TeX. */
const LOOKS_LIKE_TEX = /[\\^_{}]/;

export function cleanTex(tex: string | null | undefined): string {
  const text = (tex ?? '').replace(/^\s*%\s*<!\[CDATA\[/, '').replace(/%\s*\]\]>\s*$/, '').trim();
  return (STYLE_WRAPPER.exec(text)?.[1] ?? text).trim();
}

/** The TeX a <math> element carries, or '' when it carries none. */
export function texOfMathml(math: Element | null): string {
  if (!math) return '';
  const annotation = cleanTex(math.querySelector(TEX_ANNOTATION)?.textContent);
  if (annotation) return annotation;
  const alt = math.getAttribute('alttext');
  return alt && LOOKS_LIKE_TEX.test(alt) ? cleanTex(alt) : '';
}

/** The math as text, once, when no TeX is to be had. */
export function mathText(el: Element | null): string {
  return (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
}
