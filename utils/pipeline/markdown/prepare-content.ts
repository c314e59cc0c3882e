// The passes over the converter's own copy of the content before Turndown runs, in an order each
// relies on: images are resolved before figures are judged, code is read before tables are judged
// (a gutter table is code), and positional escapes are found last, on the tree Turndown will see.
import { resolveLazyImages } from '../content/resolve-lazy-images';
import { prepareCodeBlocks } from './code-blocks';
import { elementsNamed } from './elements';
import { moveCaptionsBelowImages } from './figures';
import { prepareFootnotes } from './footnotes';
import { dropImages } from './images';
import { followableHref, splitBlockLinks } from './links';
import { markTaskItems } from './lists';
import type { MarkdownOptions } from './markdown-options';
import { prepareMath } from './math';
import { markPositionalEscapes } from './positional-escapes';
import { classifyTables } from './tables';

export interface PreparedContent {
  hasFootnotes: boolean;
}

export function prepareContent(root: Element, baseUrl: string, options: MarkdownOptions): PreparedContent {
  markTaskItems(root);
  // Gone before Turndown collapses whitespace, so the spaces around them merge.
  for (const control of elementsNamed(root, 'input', 'select', 'textarea', 'button')) control.remove();
  resolveLazyImages(root, baseUrl);
  if (options.images === 'drop') dropImages(root);
  moveCaptionsBelowImages(root);
  prepareMath(root);
  prepareCodeBlocks(root);
  splitBlockLinks(root);
  classifyTables(root);
  // After tables are judged: a reference inside a table kept as HTML cannot be a Markdown footnote.
  const hasFootnotes = prepareFootnotes(root);
  markPositionalEscapes(root, options, (a) => followableHref(a, baseUrl) !== null);
  return { hasFootnotes };
}
