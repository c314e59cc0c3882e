// One batch of corpus pages in a child process (jsdom keeps memory across documents, so batches bound it):
// each page is parsed afresh for each extractor, the extractor is timed, and its prediction written to
// <out>/<extractor>/<source>/<id>.json. Reports timings to the parent over IPC.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseHtml } from '../lib/load-page';
import { findCanonicalUrl } from '../../utils/pipeline/metadata/find-canonical-url';
import { readMetaTags } from '../../utils/pipeline/metadata/meta-tags';
import { type CorpusPage, readCorpusPage } from './corpus-pages';
import { EXTRACTORS, type Extractor } from './extractors';

export interface BatchRequest {
  pages: CorpusPage[];
  out: string;
  /** Names of the extractors to run. */
  extractors: string[];
}

export interface PageTiming {
  source: string;
  id: string;
  parseMs: number;
  /** Milliseconds per extractor; absent when it threw. */
  ms: Record<string, number>;
  errors: Record<string, string>;
}

async function runBatch({ pages, out, extractors }: BatchRequest): Promise<PageTiming[]> {
  const timings: PageTiming[] = [];
  for (const page of pages) {
    const { html, url: knownUrl } = readCorpusPage(page);
    const started = performance.now();
    const first = parseHtml(html, knownUrl);
    const parseMs = performance.now() - started;
    // Pages saved without their address usually still name it; the extension would know it from the tab.
    const doc = first.window.document;
    const url = findCanonicalUrl(doc, readMetaTags(doc), knownUrl) ?? knownUrl;
    first.window.close();

    const timing: PageTiming = { source: page.source, id: page.id, parseMs, ms: {}, errors: {} };
    for (const extractor of EXTRACTORS as readonly Extractor<unknown>[]) {
      if (!extractors.includes(extractor.name)) continue;
      const dom = parseHtml(html, url);
      try {
        const begin = performance.now();
        const raw = await quietly(() => extractor.extract(dom.window.document, url));
        timing.ms[extractor.name] = performance.now() - begin;
        writePrediction(out, extractor.name, page, extractor.predict(raw, dom.window.document));
      } catch (error) {
        timing.errors[extractor.name] = error instanceof Error ? error.message : String(error);
        writePrediction(out, extractor.name, page, { body: null });
      } finally {
        dom.window.close();
      }
    }
    timings.push(timing);
  }
  return timings;
}

/** Defuddle logs every malformed JSON-LD block it meets; the table is the output, not their logs. */
async function quietly<T>(run: () => Promise<T>): Promise<T> {
  const { log, warn, error } = console;
  console.log = console.warn = console.error = () => {};
  try {
    return await run();
  } finally {
    Object.assign(console, { log, warn, error });
  }
}

function writePrediction(out: string, name: string, page: CorpusPage, prediction: object): void {
  const dir = path.join(out, name, page.source);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, `${page.id}.json`), JSON.stringify(prediction));
}

process.once('message', (request: BatchRequest) => {
  runBatch(request).then(
    (timings) => process.send?.(timings, () => process.exit(0)),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
});
