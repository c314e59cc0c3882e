// The three extractors the quality benchmark compares, each as the timed step a user waits for
// (article + Markdown from a parsed page) and an untimed step turning its result into a prediction
// in the scorer's format. Clipdown runs exactly the pipeline the extension injects.
import { Readability } from '@mozilla/readability';
import { Defuddle } from 'defuddle/node';
import TurndownService from 'turndown';
import { blockText } from '../../utils/pipeline/content/block-text';
import { clipDocument } from '../../utils/pipeline/clip-document';

export interface Prediction {
  body: string | null;
  title: string | null;
  author: string | null;
  published: string | null;
  markdown: string | null;
}

export interface Extractor<Raw> {
  name: string;
  /** Timed: everything between a parsed page and the Markdown the user gets. */
  extract(doc: Document, url: string): Promise<Raw>;
  /** Untimed: the result as scorer input. */
  predict(raw: Raw, doc: Document): Prediction;
}

const clipdown: Extractor<ReturnType<typeof clipDocument>> = {
  name: 'clipdown',
  // The benchmark parsed this document for this extractor alone, as the CLI does.
  extract: async (doc, url) => clipDocument(doc, { url, consumeDocument: true }),
  predict: (page) => ({
    body: page.text,
    title: page.metadata.title || null,
    author: page.metadata.author,
    published: page.metadata.published,
    markdown: page.body,
  }),
};

type ReadabilityResult = { article: ReturnType<Readability['parse']>; markdown: string | null };

/** What MarkDownload and MarkSnip do: Readability with its defaults, then Turndown with its defaults. */
const readability: Extractor<ReadabilityResult> = {
  name: 'readability',
  extract: async (doc) => {
    const article = new Readability(doc).parse();
    const markdown = article?.content ? new TurndownService().turndown(article.content) : null;
    return { article, markdown };
  },
  predict: ({ article, markdown }) => ({
    body: article?.textContent ?? null,
    title: article?.title || null,
    author: article?.byline || null,
    published: article?.publishedTime || null,
    markdown,
  }),
};

type DefuddleResult = Awaited<ReturnType<typeof Defuddle>>;

/** Obsidian Web Clipper's extractor, through its Node entry point, with Markdown as the clipper asks for it. */
const defuddle: Extractor<DefuddleResult> = {
  name: 'defuddle',
  extract: (doc, url) => Defuddle(doc, url, { separateMarkdown: true }),
  predict: (result, doc) => {
    const holder = doc.createElement('div');
    holder.innerHTML = result.content ?? '';
    return {
      body: blockText(holder) || null,
      title: result.title || null,
      author: result.author || null,
      published: result.published || null,
      markdown: result.contentMarkdown ?? null,
    };
  },
};

export const EXTRACTORS = [clipdown, readability, defuddle] as const;
export const EXTRACTOR_NAMES = EXTRACTORS.map((extractor) => extractor.name);
