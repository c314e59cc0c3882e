// npm run bench:quality [-- --corpus <dir>] [--out <dir>] [--sources a,b] [--extractors a,b] [--jobs N]
// Runs Clipdown's pipeline, plain Readability and Defuddle on every page of a corpus folder, scores the three
// with the corpus's scorer and prints one table: body P/R/F1 per source, metadata match rates, time per page.
import { execFileSync, fork } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { type CorpusPage, listCorpusPages } from './corpus-pages';
import { EXTRACTOR_NAMES } from './extractors';
import type { BatchRequest, PageTiming } from './quality-worker';
import { formatQualityTable, type ScoreSummary } from './quality-table';

const REPO = path.resolve(import.meta.dirname, '../..');
const DEFAULT_CORPUS = path.resolve(REPO, '../shared/corpus');
/** Pages per child process: jsdom grows about 3.5 MB a page, so a batch stays well under 200 MB. */
const PAGES_PER_BATCH = 20;
const WORKER = path.join(import.meta.dirname, 'quality-worker.ts');

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      corpus: { type: 'string', default: DEFAULT_CORPUS },
      out: { type: 'string', default: path.join(os.tmpdir(), 'clipdown-bench-quality') },
      sources: { type: 'string' },
      extractors: { type: 'string', default: EXTRACTOR_NAMES.join(',') },
      jobs: { type: 'string', default: String(Math.max(1, os.availableParallelism())) },
    },
  });
  const corpus = path.resolve(values.corpus);
  const out = path.resolve(values.out);
  const sources = values.sources ? new Set(values.sources.split(',').filter(Boolean)) : undefined;
  const jobs = Math.max(1, Number.parseInt(values.jobs, 10) || 1);
  const names = values.extractors.split(',').filter(Boolean);
  const unknown = names.filter((name) => !EXTRACTOR_NAMES.includes(name));
  if (names.length === 0 || unknown.length > 0) {
    console.error(`bench:quality: extractors are ${EXTRACTOR_NAMES.join(', ')}; got "${values.extractors}"`);
    return 2;
  }
  const scorer = findScorer(corpus);
  if (!scorer) {
    console.error(`bench:quality: no score.mjs found beside ${corpus} (looked in ../bench/ and ../shared/bench/)`);
    return 2;
  }
  const pages = listCorpusPages(corpus, sources);
  if (pages.length === 0) {
    console.error(`bench:quality: no pages (<source>/<id>/page.html + truth.json) under ${corpus}`);
    return 2;
  }

  for (const name of names) rmSync(path.join(out, name), { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  console.error(`bench:quality: ${pages.length} pages from ${corpus}, ${jobs} processes, predictions in ${out}`);
  const timings = await runBatches(pages, { out, extractors: names }, jobs);

  const scores: Record<string, ScoreSummary> = {};
  for (const name of names) {
    const json = path.join(out, `${name}.score.json`);
    const args = [scorer, corpus, path.join(out, name), '--json', json];
    if (values.sources) args.push('--sources', values.sources);
    execFileSync(process.execPath, args, { stdio: ['ignore', 'ignore', 'inherit'] });
    scores[name] = JSON.parse(readFileSync(json, 'utf8')) as ScoreSummary;
  }
  const table = formatQualityTable({ corpus, pages: pages.length, names, scores, timings });
  writeFileSync(path.join(out, 'results.txt'), table);
  console.log(table);
  return 0;
}

function findScorer(corpus: string): string | null {
  const candidates = [path.join(corpus, '../bench/score.mjs'), path.resolve(REPO, '../shared/bench/score.mjs')];
  return candidates.find((file) => existsSync(file)) ?? null;
}

async function runBatches(pages: CorpusPage[], settings: Omit<BatchRequest, 'pages'>, jobs: number): Promise<PageTiming[]> {
  const batches: CorpusPage[][] = [];
  for (let i = 0; i < pages.length; i += PAGES_PER_BATCH) batches.push(pages.slice(i, i + PAGES_PER_BATCH));
  const timings: PageTiming[] = [];
  let next = 0;
  let done = 0;
  const lane = async (): Promise<void> => {
    while (next < batches.length) {
      const batch = batches[next++]!;
      timings.push(...(await runBatch({ ...settings, pages: batch })));
      done += batch.length;
      process.stderr.write(`\r  ${done}/${pages.length} pages`);
    }
  };
  await Promise.all(Array.from({ length: Math.min(jobs, batches.length) }, lane));
  process.stderr.write('\n');
  return timings;
}

function runBatch(request: BatchRequest): Promise<PageTiming[]> {
  return new Promise((resolve, reject) => {
    const child = fork(WORKER, [], { execArgv: ['--import', 'tsx', '--expose-gc'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    let result: PageTiming[] | null = null;
    child.once('message', (message) => {
      result = message as PageTiming[];
    });
    child.once('error', reject);
    child.once('exit', (code) => {
      if (result) resolve(result);
      else reject(new Error(`worker for ${request.pages[0]?.source}/${request.pages[0]?.id}… exited with ${code}`));
    });
    child.send(request);
  });
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`bench:quality: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
