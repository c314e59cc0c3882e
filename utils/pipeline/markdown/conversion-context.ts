// What the rules of one conversion share: the options, the page URL links resolve against, the text
// escaper, the link writer (which numbers reference links) and the cells of the table being laid out.
import type { LinkWriter } from './links';
import type { MarkdownOptions } from './markdown-options';

export interface ConversionContext {
  readonly options: MarkdownOptions;
  readonly baseUrl: string;
  readonly escape: (text: string) => string;
  readonly links: LinkWriter;
  /** Cell (and caption) Markdown of GFM tables: cells are converted before their table lays them out. */
  readonly tableCells: Map<Element, string>;
}
