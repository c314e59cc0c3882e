// The line under a search result: where the words first appear in the clip's body. A body is kilobytes
// and a snippet a line, so only the paragraphs around the first place the words appear in the Markdown as
// stored are made searchable text and marked; a screenful of results made whole bodies the page's
// largest allocation. When those paragraphs show no match (the words were only in a link's address, or
// differ by accents or width), the whole body is, as before.
import { snippet, type TextRange } from './highlight';
import { searchableText } from './searchable-text';

/** How far before and after the first match a passage reaches, before it is widened to whole paragraphs. */
const REACH = 600;

/** A line of a clip's text with the searched words' places in it. */
export interface Snippet {
  text: string;
  ranges: TextRange[];
}

export function clipSnippet(body: string, highlights: readonly string[]): Snippet {
  const at = firstMatch(body, highlights);
  if (at !== -1) {
    const start = at - REACH <= 0 ? 0 : paragraphStart(body, at - REACH);
    const end = paragraphEnd(body, at + REACH);
    const around = snippet(readable(body.slice(start, end)), highlights);
    if (around.ranges.length) return around;
  }
  return snippet(readable(body), highlights);
}

function readable(markdown: string): string {
  return searchableText(markdown).replace(/\s+/g, ' ');
}

/** Case-insensitive, without a lower-cased copy of the body. */
function firstMatch(body: string, highlights: readonly string[]): number {
  let first = -1;
  for (const needle of highlights) {
    if (!needle) continue;
    const at = body.search(new RegExp(needle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'iu'));
    if (at !== -1 && (first === -1 || at < first)) first = at;
  }
  return first;
}

function paragraphStart(text: string, from: number): number {
  const at = text.lastIndexOf('\n\n', from);
  return at === -1 ? 0 : at + 2;
}

function paragraphEnd(text: string, from: number): number {
  const at = text.indexOf('\n\n', from);
  return at === -1 ? text.length : at;
}
