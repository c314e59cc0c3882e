// Fallback when Readability finds no article: the element holding the most paragraph text
// of its own (text in direct children), which on list-like or unusual pages is the article.

const CANDIDATE_SELECTOR = 'article, main, section, div, td';
const PARAGRAPH_LIKE = new Set(['P', 'BR', 'SPAN', 'FONT', 'B', 'STRONG', 'EM', 'I', 'A', 'BLOCKQUOTE', 'H2', 'H3', 'H4', 'PRE']);

function ownParagraphText(el: Element): number {
  let length = 0;
  for (const child of Array.from(el.childNodes)) {
    if (child.nodeType === 3) length += (child.textContent ?? '').trim().length;
    else if (child.nodeType === 1 && PARAGRAPH_LIKE.has((child as Element).tagName)) {
      length += (child.textContent ?? '').trim().length;
    }
  }
  return length;
}

export function findLargestBlock(doc: Document, minChars: number): Element | null {
  let best: Element | null = null;
  let bestLength = minChars - 1;
  for (const el of Array.from(doc.querySelectorAll(CANDIDATE_SELECTOR))) {
    const length = ownParagraphText(el);
    if (length > bestLength) {
      best = el;
      bestLength = length;
    }
  }
  return best;
}
