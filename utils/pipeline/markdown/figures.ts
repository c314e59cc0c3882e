// Figures: the image, then its caption as an italic line of its own (a caption above an image moves
// below it, as most sites show it). Captions of other figures (code, quotes) stay where they are.
import { elementsWhere } from './elements';
import type { MarkdownOptions } from './markdown-options';

export function moveCaptionsBelowImages(root: Element): void {
  for (const caption of elementsWhere(root, (el) => el.nodeName === 'FIGCAPTION' && el.parentElement?.nodeName === 'FIGURE')) {
    const figure = caption.parentElement!;
    if (caption !== figure.lastElementChild && figure.querySelector('img, picture, video')) figure.append(caption);
  }
}

/**
 * One line in italics; in plain text when the caption spans lines or already uses both emphasis
 * characters (nesting `_` in `_…_` would end the italics early).
 */
export function captionLine(markdown: string, options: MarkdownOptions): string {
  const text = markdown.trim();
  if (!text || text.includes('\n')) return text;
  const delimiter = [options.emDelimiter, options.emDelimiter === '_' ? '*' : '_'].find((d) => !text.includes(d));
  return delimiter ? `${delimiter}${text}${delimiter}` : text;
}
