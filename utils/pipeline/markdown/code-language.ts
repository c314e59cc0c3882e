// The language of a code block, from what highlighters and CMSes put on the <code>, the <pre> or a
// wrapper: `language-js`, `lang-js`, `highlight-source-js` (GitHub), `brush: js;` (SyntaxHighlighter),
// `hljs js`, `highlight-js` (Sphinx), `highlight js` (Hexo), `sourceCode js` (pandoc), data-lang.

const CLASS_PATTERNS = [
  /(?:^|\s)(?:language|lang)-([\w#+.-]+)/i,
  /(?:^|\s)highlight-(?:source|text)-([\w#+.-]+)/i,
  /(?:^|\s)brush:\s*([\w#+.-]+)/i,
  /(?:^|\s)highlight-([\w#+.-]+)/i,
];
/** Class names that say "highlighted code" and leave the language to the class beside them. */
const HIGHLIGHTER_CLASSES = new Set(['hljs', 'highlight', 'sourcecode', 'prettyprint', 'chroma', 'codehilite']);
/** Class names beside those that are not languages. */
const NOT_LANGUAGES = new Set([
  ...HIGHLIGHTER_CLASSES, 'prettyprinted', 'linenums', 'notranslate', 'code', 'wrap', 'nowrap', 'copy', 'source',
  'shiki', 'block', 'hl', 'numbered', 'numberless', 'wrapper', 'wrap', 'container', 'box', 'area', 'content', 'toolbar',
  'table', 'pre', 'line', 'lines',
]);
/** Names that mean "no language". */
const NO_LANGUAGE = new Set(['none', 'nohighlight', 'no-highlight', 'plain', 'undefined', 'null']);
/** The <pre>, its parent, and two wrappers above: where highlighters put the class. */
const WRAPPER_LEVELS = 3;

export function codeLanguage(start: Element, root: Element): string {
  let el: Element | null = start;
  for (let level = 0; el && level <= WRAPPER_LEVELS + 1; level++, el = el === root ? null : el.parentElement) {
    const found = languageOf(el);
    if (found !== null) return NO_LANGUAGE.has(found.toLowerCase()) ? '' : found;
  }
  return '';
}

function languageOf(el: Element): string | null {
  const declared = el.getAttribute('data-lang') ?? el.getAttribute('data-language');
  if (declared && /^[\w#+.-]+$/.test(declared)) return declared;
  const className = el.getAttribute('class') ?? '';
  for (const pattern of CLASS_PATTERNS) {
    const match = pattern.exec(className);
    if (match && !NOT_LANGUAGES.has(match[1]!.toLowerCase())) return match[1]!;
  }
  const names = className.split(/\s+/).filter(Boolean);
  if (!names.some((name) => HIGHLIGHTER_CLASSES.has(name.toLowerCase()))) return null;
  return names.find((name) => /^[a-z][\w#+]*$/i.test(name) && !NOT_LANGUAGES.has(name.toLowerCase())) ?? null;
}
