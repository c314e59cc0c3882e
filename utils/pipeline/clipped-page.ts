// What the injected extractor hands back to the popup: structured-clone-safe (no DOM),
// enough to render the clip with any preset without touching the page again.
import type { ArticleMetadata, ExtractionMethod } from './article';
import type { FrontMatterValue } from './render/front-matter';
import type { AppliedRule } from '../site-rules/site-rule';

export interface ClippedPage {
  metadata: ArticleMetadata;
  /** The article as Markdown, without front-matter. */
  body: string;
  /** The article as plain text, paragraphs separated by blank lines (word counts, search). */
  text: string;
  method: ExtractionMethod;
  /** What the user had selected on the page, as Markdown; null when nothing was (or in the CLI). */
  selection: string | null;
  /** The site rule that applied, if any. */
  rule: AppliedRule | null;
  /** Rule-supplied front-matter values, applied after the preset. */
  frontMatterOverrides: Record<string, FrontMatterValue>;
  /** Things the user should know about this clip (fallback extraction, a broken rule selector). */
  warnings: string[];
}
