// Images: always inline `![alt](url "title")` with an absolute URL, even in reference link style, so
// the step that downloads or embeds images can find and rewrite every one of them.
import { absoluteUrl } from '../resolve-url';
import { elementsNamed } from './elements';
import { escapeUrl, oneLine, titlePart } from './links';

/** Not addresses a reader's Markdown viewer can load (inline data images would bloat the clip). */
const UNUSABLE_SRC = /^(data|javascript|blob|about):/i;

export function imageMarkdown(img: Element, baseUrl: string, escape: (text: string) => string): string {
  const src = absoluteUrl(img.getAttribute('src'), baseUrl);
  if (!src || UNUSABLE_SRC.test(src)) return '';
  // Brackets in an image description must pair up; escaped, any alt text is safe.
  const altText = oneLine(img.getAttribute('alt'));
  const alt = altText
    .split(/([[\]])/)
    .map((part, i) => (i % 2 ? `\\${part}` : escape(part)))
    .join('');
  // CMSs copy the caption into both alt and title; said twice, it is only longer Markdown.
  const title = img.getAttribute('title');
  return `![${alt}](${escapeUrl(src)}${titlePart(oneLine(title) === altText ? null : title)})`;
}

/** The `images: 'drop'` option: no images, and no figure left holding only a caption. */
export function dropImages(root: Element): void {
  for (const figure of elementsNamed(root, 'figure')) {
    if (!figure.querySelector('img, picture')) continue;
    const rest = figure.cloneNode(true) as Element;
    for (const caption of Array.from(rest.querySelectorAll('figcaption'))) caption.remove();
    if (!rest.textContent?.trim()) figure.remove();
  }
  for (const image of elementsNamed(root, 'picture', 'img')) image.remove();
}
