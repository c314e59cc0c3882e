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

const CHOICES = {
  headingStyle: z.enum(['atx', 'setext']),
  bulletMarker: z.enum(['-', '*', '+']),
  emDelimiter: z.enum(['_', '*']),
  strongDelimiter: z.enum(['**', '__']),
  codeFence: z.enum(['```', '~~~']),
  linkStyle: z.enum(['inline', 'reference']),
  images: z.enum(['remote', 'local', 'data-uri', 'drop']),
};

export const markdownOptionsSchema = z.object({
  headingStyle: CHOICES.headingStyle.default(DEFAULT_MARKDOWN_OPTIONS.headingStyle),
  bulletMarker: CHOICES.bulletMarker.default(DEFAULT_MARKDOWN_OPTIONS.bulletMarker),
  emDelimiter: CHOICES.emDelimiter.default(DEFAULT_MARKDOWN_OPTIONS.emDelimiter),
  strongDelimiter: CHOICES.strongDelimiter.default(DEFAULT_MARKDOWN_OPTIONS.strongDelimiter),
  codeFence: CHOICES.codeFence.default(DEFAULT_MARKDOWN_OPTIONS.codeFence),
  linkStyle: CHOICES.linkStyle.default(DEFAULT_MARKDOWN_OPTIONS.linkStyle),
  images: CHOICES.images.default(DEFAULT_MARKDOWN_OPTIONS.images),
}) satisfies z.ZodType<MarkdownOptions>;

/** Only the options that differ from the defaults they are laid over (a site rule's): nothing is filled in. */
export const markdownOverridesSchema = z.object(CHOICES).partial() satisfies z.ZodType<Partial<MarkdownOptions>>;
