// One batch of corpus pages in a child process (jsdom keeps memory across documents, so batches bound it):
// each page is parsed afresh for each extractor, the extractor is timed, and its prediction written to
// <out>/<extractor>/<source>/<id>.json. Reports timings to the parent over IPC. Every extractor gets the
// same conditions: warmed-up code, a collected heap, and no fixed place in the running order.
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
  const chosen = (EXTRACTORS as readonly Extractor<unknown>[]).filter((extractor) => extractors.includes(extractor.name));
  // A fresh process runs cold code: one untimed pass over the first page compiles every extractor alike.
  if (pages[0]) {
    const { html, url } = readCorpusPage(pages[0]);
    for (const extractor of chosen) await runOnce(extractor, html, url).catch(() => undefined);
  }
  const timings: PageTiming[] = [];
  for (const [index, page] of pages.entries()) {
    const { html, url: knownUrl } = readCorpusPage(page);
    const started = performance.now();
    const first = parseHtml(html, knownUrl);
    const parseMs = performance.now() - started;
    // Pages saved without their address usually still name it; the extension would know it from the tab.
    const doc = first.window.document;
    const url = findCanonicalUrl(doc, readMetaTags(doc), knownUrl) ?? knownUrl;
    first.window.close();

    const timing: PageTiming = { source: page.source, id: page.id, parseMs, ms: {}, errors: {} };
    // Whoever runs right after another extractor inherits its garbage; rotating the order shares that out.
    const rotated = [...chosen.slice(index % chosen.length), ...chosen.slice(0, index % chosen.length)];
    for (const extractor of rotated) {
      try {
        const { ms, prediction } = await runOnce(extractor, html, url);
        timing.ms[extractor.name] = ms;
        writePrediction(out, extractor.name, page, prediction);
      } catch (error) {
        timing.errors[extractor.name] = error instanceof Error ? error.message : String(error);
        writePrediction(out, extractor.name, page, { body: null });
      }
    }
    timings.push(timing);
  }
  return timings;
}

/** Parses the page afresh, collects the garbage left so far (with --expose-gc), and times one extraction. */
async function runOnce(extractor: Extractor<unknown>, html: string, url: string): Promise<{ ms: number; prediction: object }> {
  const dom = parseHtml(html, url);
  try {
    globalThis.gc?.();
    const begin = performance.now();
    const raw = await quietly(() => extractor.extract(dom.window.document, url));
    const ms = performance.now() - begin;
    return { ms, prediction: extractor.predict(raw, dom.window.document) };
  } finally {
    dom.window.close();
  }
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
