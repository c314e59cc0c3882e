// How the Markdown is written: the user's choices between equally valid spellings, one schema and
// one defaults object. A stored object missing fields (an older settings file) parses to the defaults.
import { z } from 'zod';

export interface MarkdownOptions {
  headingStyle: 'atx' | 'setext';
  bulletMarker: '-' | '*' | '+';
  emDelimiter: '_' | '*';
  strongDelimiter: '**' | '__';
  codeFence: '```' | '~~~';
  /** reference: links as `[text][n]` with numbered `[n]: url` definitions at the end; images stay inline. */
  linkStyle: 'inline' | 'reference';
  /**
   * remote: keep the page's URL; local: download into assets/ next to the .md (done later, after
   * conversion, by another module that rewrites image URLs); data-uri: embed (also done later);
   * drop: no images at all. For the converter, remote/local/data-uri all mean "write the absolute remote URL".
   */
  images: 'remote' | 'local' | 'data-uri' | 'drop';
}

export const DEFAULT_MARKDOWN_OPTIONS: Readonly<MarkdownOptions> = Object.freeze({
  headingStyle: 'atx',
  bulletMarker: '-',
  emDelimiter: '_',
  strongDelimiter: '**',
  codeFence: '```',
  linkStyle: 'inline',
  images: 'remote',
});

export const markdownOptionsSchema = z.object({
  headingStyle: z.enum(['atx', 'setext']).default(DEFAULT_MARKDOWN_OPTIONS.headingStyle),
  bulletMarker: z.enum(['-', '*', '+']).default(DEFAULT_MARKDOWN_OPTIONS.bulletMarker),
  emDelimiter: z.enum(['_', '*']).default(DEFAULT_MARKDOWN_OPTIONS.emDelimiter),
  strongDelimiter: z.enum(['**', '__']).default(DEFAULT_MARKDOWN_OPTIONS.strongDelimiter),
  codeFence: z.enum(['```', '~~~']).default(DEFAULT_MARKDOWN_OPTIONS.codeFence),
  linkStyle: z.enum(['inline', 'reference']).default(DEFAULT_MARKDOWN_OPTIONS.linkStyle),
  images: z.enum(['remote', 'local', 'data-uri', 'drop']).default(DEFAULT_MARKDOWN_OPTIONS.images),
}) satisfies z.ZodType<MarkdownOptions>;
