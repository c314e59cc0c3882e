// The quality benchmark's one table: the extractors side by side, from the scorer's JSON summaries and the
// workers' timings.
import type { PageTiming } from './quality-worker';

interface BodyScore {
  pages: number;
  precision: number | null;
  recall: number | null;
  f1: number | null;
  meta: Partial<Record<MetaField, { n: number; exact: number | null; norm: number | null }>>;
}

/** The part of score.mjs's --json output the table reads. */
export interface ScoreSummary {
  sources: Record<string, BodyScore>;
  all: BodyScore;
}

type MetaField = 'title' | 'author' | 'published';

/** How each field is matched: titles as written, authors and dates normalised by the scorer. */
const META_ROWS: ReadonlyArray<{ field: MetaField; label: string; measure: 'exact' | 'norm' }> = [
  { field: 'title', label: 'title (exact)', measure: 'exact' },
  { field: 'author', label: 'author (norm)', measure: 'norm' },
  { field: 'published', label: 'date (day)', measure: 'norm' },
];

export interface QualityTableInput {
  corpus: string;
  pages: number;
  names: readonly string[];
  scores: Record<string, ScoreSummary>;
  timings: readonly PageTiming[];
}

export function formatQualityTable({ corpus, pages, names, scores, timings }: QualityTableInput): string {
  const first = scores[names[0]!]!;
  const sources = [...Object.keys(first.sources).sort(), 'ALL'];
  const score = (name: string, source: string): BodyScore | undefined =>
    source === 'ALL' ? scores[name]?.all : scores[name]?.sources[source];
  const lines: string[] = [`Extraction quality on ${pages} pages of ${corpus}`, ''];

  lines.push('BODY (4-gram shingles, scrapinghub-style P/R/F1)');
  lines.push(`${'source'.padEnd(12)} ${'pages'.padStart(5)}  ${names.map((name) => `| ${name.padEnd(20)}`).join('')}`);
  lines.push(`${''.padEnd(19)}${names.map(() => '|  prec  recall   F1  ').join('')}`);
  for (const source of sources) {
    const cells = names.map((name) => {
      const s = score(name, source);
      return `| ${f3(s?.precision)}  ${f3(s?.recall)} ${f3(s?.f1)} `;
    });
    lines.push(`${source.padEnd(12)} ${String(first.sources[source]?.pages ?? first.all.pages).padStart(5)}  ${cells.join('')}`);
  }

  lines.push('', 'METADATA (share of pages whose truth has the field)');
  lines.push(`${'field'.padEnd(14)} ${'source'.padEnd(12)} ${'n'.padStart(4)}  ${names.map((name) => name.padStart(12)).join('')}`);
  for (const { field, label, measure } of META_ROWS) {
    for (const source of sources) {
      const n = score(names[0]!, source)?.meta[field]?.n ?? 0;
      if (n === 0) continue;
      const cells = names.map((name) => pct(score(name, source)?.meta[field]?.[measure]).padStart(12));
      lines.push(`${label.padEnd(14)} ${source.padEnd(12)} ${String(n).padStart(4)}  ${cells.join('')}`);
    }
  }

  lines.push('', 'TIME per page in Node, ms (extraction + Markdown, after jsdom has parsed the page)');
  lines.push(`${'extractor'.padEnd(14)} ${'median'.padStart(8)} ${'p95'.padStart(8)} ${'failed'.padStart(7)}`);
  for (const name of names) {
    const ms = timings.flatMap((timing) => (timing.ms[name] === undefined ? [] : [timing.ms[name]!]));
    const failed = timings.filter((timing) => timing.errors[name] !== undefined).length;
    lines.push(`${name.padEnd(14)} ${f1(quantile(ms, 0.5)).padStart(8)} ${f1(quantile(ms, 0.95)).padStart(8)} ${String(failed).padStart(7)}`);
  }
  const parse = timings.map((timing) => timing.parseMs);
  lines.push(`${'(jsdom parse)'.padEnd(14)} ${f1(quantile(parse, 0.5)).padStart(8)} ${f1(quantile(parse, 0.95)).padStart(8)}`);
  const firstErrors = timings.flatMap((timing) => Object.entries(timing.errors).map(([name, message]) => `  ${name} on ${timing.source}/${timing.id}: ${message}`));
  if (firstErrors.length > 0) lines.push('', 'FAILURES', ...firstErrors.slice(0, 20));
  return `${lines.join('\n')}\n`;
}

function quantile(values: readonly number[], q: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

const f3 = (value: number | null | undefined): string => (value == null ? '  -  ' : value.toFixed(3));
const f1 = (value: number | null): string => (value == null ? '-' : value.toFixed(1));
const pct = (value: number | null | undefined): string => (value == null ? '-' : `${(100 * value).toFixed(1)}%`);
