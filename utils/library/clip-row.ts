// How a clip is kept in IndexedDB. Its Markdown is kept deflated (packed-text.ts): a third of the bytes
// to store, and to read on every export, which copies them into the ZIP as they are. Its body is almost
// always the Markdown after its front-matter, so the row keeps where it lies in the Markdown instead of a
// second copy. A body that is not inside its Markdown is kept as it is, and rows written before either
// form (plain `markdown`, a `body` of their own) are read as they are.
import { packText, unpackText, type PackedText } from './packed-text';
import type { StoredClip } from './stored-clip';

export interface ClipRow extends Omit<StoredClip, 'body' | 'markdown'> {
  /** Rows written before Markdown was packed. */
  markdown?: string;
  packedMarkdown?: PackedText;
  body?: string;
  /** `markdown.slice(start, end)` is the body. */
  bodyRange?: [start: number, end: number];
}

export function toClipRow(clip: StoredClip): ClipRow {
  const { body, markdown, ...rest } = clip;
  const row: ClipRow = { ...rest, packedMarkdown: packText(markdown) };
  const start = body ? markdown.lastIndexOf(body) : -1;
  if (start >= 0) row.bodyRange = [start, start + body.length];
  else if (body) row.body = body;
  return row;
}

/** Also given `undefined`, for a read that found nothing. */
export function fromClipRow(row: ClipRow | undefined): StoredClip | undefined {
  if (!row) return undefined;
  const { packedMarkdown, bodyRange, ...clip } = row;
  const markdown = markdownOf(row);
  return { ...clip, markdown, body: row.body ?? (bodyRange ? markdown.slice(...bodyRange) : '') };
}

function markdownOf(row: ClipRow): string {
  return row.packedMarkdown ? unpackText(row.packedMarkdown) : (row.markdown ?? '');
}
