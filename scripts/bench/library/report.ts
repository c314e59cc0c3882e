// The figures of one library size, the table printed for it, and the targets of issue 6 they are held to.
import type { MemoryPeak } from './memory-sampler';
import type { PageLoad, SearchTiming } from './library-page';

export const PHASES = ['insert', 'load', 'search', 'export', 'import'] as const;
export type Phase = (typeof PHASES)[number];

export interface SizeFigures {
  clips: number;
  chineseClips: number;
  markdownMB: number;
  sites: number;
  backupFiles: number;
  insertMs: number;
  loads: PageLoad[];
  firstRowsMs: number;
  interactiveMs: number;
  search: {
    queries: number;
    pageMedianMs: number;
    pageP95Ms: number;
    wallMedianMs: number;
    wallP95Ms: number;
    slowest: SearchTiming[];
  };
  exportMs: number;
  exportSettings: string;
  exportBareMs: number;
  exportBareSettings: string;
  zipMB: number;
  zipMarkdownFiles: number;
  importMs: number;
  importedClips: number;
  peakMemoryMB: Record<Phase, number> & { overall: number };
  memory: Record<Phase, MemoryPeak>;
  /** Wall time of each phase as this script saw it, seconds, for judging how long a size takes to run. */
  phaseSeconds: Record<Phase | 'generate' | 'wipe', number>;
}

interface Target {
  at: number;
  text: string;
  met: (f: SizeFigures) => boolean;
}

/** Issue 6's targets, each at the library size it is set for. */
export const TARGETS = {
  interactive: { at: 50_000, text: '< 500 ms', met: (f) => f.interactiveMs < 500 },
  searchP95: { at: 50_000, text: '< 50 ms', met: (f) => f.search.pageP95Ms < 50 },
  export: { at: 10_000, text: '< 5 s', met: (f) => f.exportMs < 5000 },
} satisfies Record<string, Target>;

export function verdicts(f: SizeFigures): Record<keyof typeof TARGETS, boolean | null> {
  const judge = (t: Target) => (f.clips === t.at ? t.met(f) : null);
  return { interactive: judge(TARGETS.interactive), searchP95: judge(TARGETS.searchP95), export: judge(TARGETS.export) };
}

export function formatTable(f: SizeFigures, browserVersion: string): string {
  const v = verdicts(f);
  const rows: Array<[string, string, string, string]> = [];
  const row = (label: string, value: string, target?: Target, verdict?: boolean | null) => {
    const targetText = target ? `${target.text} at ${n(target.at)}` : '';
    const result = verdict === undefined ? '' : verdict === null ? (target!.met(f) ? '(met here)' : '(not met here)') : verdict ? 'met' : 'NOT MET';
    rows.push([label, value, targetText, result]);
  };
  row(`insert (import ${f.backupFiles} backup file${f.backupFiles === 1 ? '' : 's'})`, sec(f.insertMs));
  row(`library page: first rows (median of ${f.loads.length} reloads)`, ms(f.firstRowsMs));
  row('library page: interactive', ms(f.interactiveMs), TARGETS.interactive, v.interactive);
  row(`search median, page measure (${f.search.queries} queries)`, ms(f.search.pageMedianMs));
  row('search p95, page measure', ms(f.search.pageP95Ms), TARGETS.searchP95, v.searchP95);
  row('search median / p95, wall seen by the script', `${ms(f.search.wallMedianMs)} / ${ms(f.search.wallP95Ms)}`);
  row(`export ZIP (${f.exportSettings}; ${mb(f.zipMB)}, ${n(f.zipMarkdownFiles)} .md)`, sec(f.exportMs), TARGETS.export, v.export);
  row(`export ZIP (${f.exportBareSettings})`, sec(f.exportBareMs));
  row('import that ZIP into a wiped library', sec(f.importMs));
  for (const phase of PHASES) row(`peak memory: ${phase}`, mb(f.peakMemoryMB[phase]));
  row('peak memory: overall', mb(f.peakMemoryMB.overall));

  const widths = [0, 1, 2, 3].map((i) => Math.max(...rows.map((r) => r[i]!.length), ['figure', 'value', 'target', 'result'][i]!.length));
  const line = (cells: readonly string[]) => cells.map((c, i) => (i === 1 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  ').trimEnd();
  return [
    `Library: ${n(f.clips)} clips (${n(f.chineseClips)} Chinese, ${f.sites} sites, ${mb(f.markdownMB)} of Markdown) — ${browserVersion}`,
    line(['figure', 'value', 'target', 'result']),
    line(widths.map((w) => '-'.repeat(w))),
    ...rows.map(line),
    `memory: summed PSS of all Chromium processes, sampled every 250 ms${Object.values(f.memory).some((m) => m.usedRss) ? ' (RSS stood in for some processes)' : ''}; phases took ${Object.entries(f.phaseSeconds).map(([k, s]) => `${k} ${s.toFixed(0)} s`).join(', ')}`,
    '',
  ].join('\n');
}

/** Nearest-rank quantile: the value at or below which q of the samples fall (p95 of 100 is the 95th). */
export function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil(q * sorted.length) - 1)] ?? Number.NaN;
}

const n = (x: number) => x.toLocaleString('en-US');
const ms = (x: number) => `${x.toFixed(x < 100 ? 1 : 0)} ms`;
const sec = (x: number) => `${(x / 1000).toFixed(2)} s`;
const mb = (x: number) => `${x.toFixed(0)} MB`;
