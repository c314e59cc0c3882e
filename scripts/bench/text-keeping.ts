// How much of a cleaned article's text survives Markdown conversion: the Markdown is rendered back to HTML by a
// real parser (markdown-it, with footnotes, raw HTML on for table fallbacks) and both texts are compared in order.
// Whitespace is not counted: Markdown legitimately reflows it.
import diff from 'fast-diff';
import MarkdownIt from 'markdown-it';
import footnote from 'markdown-it-footnote';

export interface TextKeeping {
  /** Characters of the article's text (whitespace excluded). */
  total: number;
  /** Of those, how many appear in the rendered Markdown's text, in order. */
  kept: number;
  ratio: number;
  /** The longest runs of article text missing from the rendering, longest first. */
  lost: string[];
}

const markdownIt = new MarkdownIt({ html: true }).use(footnote);
// An iframe's children are the fallback for browsers without frames: no reader sees them.
const NOT_TEXT = 'script, style, noscript, template, iframe';
const UNCOUNTED = /[\s\u200b-\u200d\u2060\ufeff]+/gu;

/** What a reader of the cleaned article sees as text. */
export function articleText(content: Element): string {
  const copy = content.cloneNode(true) as Element;
  for (const element of copy.querySelectorAll(NOT_TEXT)) element.remove();
  // A table's footer shows below its body wherever the source puts it; so does the Markdown's last row.
  for (const footer of copy.querySelectorAll('tfoot')) footer.parentElement?.append(footer);
  return copy.textContent ?? '';
}

/** The text a reader sees once the Markdown is rendered; parsed inert, in the given document. */
export function renderedMarkdownText(markdown: string, doc: Document): string {
  const holder = doc.createElement('template');
  holder.innerHTML = markdownIt.render(markdown);
  for (const element of holder.content.querySelectorAll(NOT_TEXT)) element.remove();
  return holder.content.textContent ?? '';
}

export function measureTextKeeping(source: string, rendered: string): TextKeeping {
  const before = source.replace(UNCOUNTED, '');
  const after = rendered.replace(UNCOUNTED, '');
  let kept = 0;
  const lost: string[] = [];
  for (const [op, text] of diff(before, after)) {
    if (op === diff.EQUAL) kept += text.length;
    else if (op === diff.DELETE) lost.push(text);
  }
  lost.sort((a, b) => b.length - a.length);
  return { total: before.length, kept, ratio: before.length ? kept / before.length : 1, lost: lost.slice(0, 5) };
}
