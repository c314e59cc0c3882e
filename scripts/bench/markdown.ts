// npm run bench:markdown [-- --corpus <dir>] [--sources a,b] [--jobs N] [--target 0.99] [--save-sample <dir>]
// For every corpus page: does the Markdown of the cleaned article, rendered back to HTML by markdown-it, keep
// the article's text? Prints min/mean per source, the pages under the target with what they lost, and exits 1
// when any page is under it. --save-sample keeps the cleaned articles of a few pages per source as test fixtures:
// per feature (tables, code, lists, …), the page with the most of it among those of modest length.
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { listCorpusPages } from './corpus-pages';
import { type KeepingRow, SAMPLE_FEATURES, sampleName } from './markdown-worker';
import { runInBatches } from './run-batches';

const REPO = path.resolve(import.meta.dirname, '../..');
const WORKER = path.join(import.meta.dirname, 'markdown-worker.ts');

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      corpus: { type: 'string', default: path.resolve(REPO, '../shared/corpus') },
      sources: { type: 'string' },
      jobs: { type: 'string', default: String(Math.max(1, os.availableParallelism())) },
      target: { type: 'string', default: '0.99' },
      'save-sample': { type: 'string' },
    },
  });
  const target = Number(values.target);
  const sources = values.sources ? new Set(values.sources.split(',').filter(Boolean)) : undefined;
  const pages = listCorpusPages(path.resolve(values.corpus), sources);
  if (pages.length === 0) {
    console.error(`bench:markdown: no pages (<source>/<id>/page.html + truth.json) under ${values.corpus}`);
    return 2;
  }
  const started = Date.now();
  console.error(`bench:markdown: ${pages.length} pages from ${values.corpus}`);
  const articlesDir = values['save-sample'] ? mkdtempSync(path.join(os.tmpdir(), 'clipdown-articles-')) : undefined;
  const rows = await runInBatches<KeepingRow>(WORKER, pages, { articlesDir }, Math.max(1, Number.parseInt(values.jobs, 10) || 1));
  rows.sort((a, b) => `${a.source}/${a.id}`.localeCompare(`${b.source}/${b.id}`));

  const measured = rows.filter((row): row is KeepingRow & { ratio: number; total: number; lost: string[] } => row.ratio !== undefined);
  const lines = ['source          pages   min     mean    chars kept   under target'];
  const bySource = new Map<string, typeof measured>();
  for (const row of measured) bySource.set(row.source, [...(bySource.get(row.source) ?? []), row]);
  for (const [source, group] of [...bySource, ['ALL', measured] as const]) {
    const ratios = group.map((row) => row.ratio);
    const kept = group.reduce((sum, row) => sum + row.kept!, 0);
    const total = group.reduce((sum, row) => sum + row.total, 0);
    lines.push(
      `${source.padEnd(15)} ${String(group.length).padStart(5)}   ${pct(Math.min(...ratios))}  ${pct(mean(ratios))}  ${pct(kept / total).padStart(10)}   ${ratios.filter((r) => r < target).length}`,
    );
  }
  const under = measured.filter((row) => row.ratio < target).sort((a, b) => a.ratio - b.ratio);
  for (const row of under) {
    lines.push(`\n${row.source}/${row.id}: ${pct(row.ratio)} of ${row.total} characters; longest losses:`);
    for (const run of row.lost.slice(0, 3)) lines.push(`  «${run.slice(0, 120)}${run.length > 120 ? '…' : ''}»`);
  }
  const failed = rows.filter((row) => row.error);
  for (const row of failed) lines.push(`\n${row.source}/${row.id}: not measured (${row.error})`);
  lines.push(`\n${measured.length} pages measured, ${failed.length} without an article, in ${((Date.now() - started) / 1000).toFixed(0)} s; target ${pct(target)} per page: ${under.length ? `NOT MET on ${under.length}` : 'met'}`);
  console.log(lines.join('\n'));
  if (articlesDir && values['save-sample']) {
    const sample = pickSample(measured);
    const dir = path.resolve(values['save-sample']);
    mkdirSync(dir, { recursive: true });
    for (const file of readdirSync(dir)) if (file.endsWith('.html')) rmSync(path.join(dir, file));
    for (const name of sample) copyFileSync(path.join(articlesDir, name), path.join(dir, name));
    rmSync(articlesDir, { recursive: true });
    console.log(`${sample.size} cleaned articles saved in ${dir}`);
  }
  return under.length ? 1 : 0;
}

/** Keeps the fixtures small: an article of this much text already shows how a converter handles its parts. */
const SAMPLE_MAX_CHARS = 12_000;

function pickSample(rows: KeepingRow[]): Set<string> {
  const chosen = new Set<string>();
  const sources = new Set(rows.map((row) => row.source));
  for (const source of sources) {
    SAMPLE_FEATURES.forEach((_feature, index) => {
      const count = (row: KeepingRow): number => row.features?.[index] ?? 0;
      const best = rows.filter((row) => row.source === source && count(row) > 0 && (row.total ?? 0) <= SAMPLE_MAX_CHARS && !chosen.has(sampleName(row)))
        .sort((a, b) => count(b) - count(a))[0];
      if (best) chosen.add(sampleName(best));
    });
  }
  return chosen;
}

const pct = (ratio: number): string => `${(ratio * 100).toFixed(2)}%`;
const mean = (values: number[]): number => values.reduce((a, b) => a + b, 0) / values.length;

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`bench:markdown: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
