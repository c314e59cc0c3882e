// npm run bench:quality [-- --corpus <dir>] [--out <dir>] [--sources a,b] [--extractors a,b] [--jobs N]
// Runs Clipdown's pipeline, plain Readability and Defuddle on every page of a corpus folder, scores the three
// with the corpus's scorer and prints one table: body P/R/F1 per source, metadata match rates, time per page.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { listCorpusPages } from './corpus-pages';
import { EXTRACTOR_NAMES } from './extractors';
import type { PageTiming } from './quality-worker';
import { runInBatches } from './run-batches';
import { formatQualityTable, type ScoreSummary } from './quality-table';

const REPO = path.resolve(import.meta.dirname, '../..');
const DEFAULT_CORPUS = path.resolve(REPO, '../shared/corpus');
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
  const timings = await runInBatches<PageTiming>(WORKER, pages, { out, extractors: names }, jobs);

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

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`bench:quality: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
