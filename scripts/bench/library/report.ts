// The figures of one library size, the table printed for it, and the targets of issue 6 they are held to.
// A figure is missing when its phase failed or could not run; the table says so and lists why.
import type { IdleWait } from './browser-idle';
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
  insertMs?: number;
  loads?: PageLoad[];
  firstRowsMs?: number;
  interactiveMs?: number;
  search?: {
    queries: number;
    pageMedianMs: number;
    pageP95Ms: number;
    wallMedianMs: number;
    wallP95Ms: number;
    emptyResults: number;
    slowest: SearchTiming[];
  };
  export?: { ms: number; settings: string; zipMB: number; bareMs: number; bareSettings: string };
  importMs?: number;
  peakMemoryMB: Partial<Record<Phase | 'overall', number>>;
  memory: Partial<Record<Phase, MemoryPeak>>;
  /** Wall time of each phase as this script saw it, seconds, for judging how long a size takes to run. */
  phaseSeconds: Partial<Record<Phase | 'generate' | 'wipe', number>>;
  /** Phases that failed, and why. */
  problems: string[];
  /** How long the browser took to go idle before each timed phase (see browser-idle.ts). */
  settled: Partial<Record<Phase, IdleWait>>;
}

interface Target {
  at: number;
  text: string;
  value: (f: SizeFigures) => number | undefined;
  limit: number;
}

/** Issue 6's targets, each at the library size it is set for. */
export const TARGETS = {
  interactive: { at: 50_000, text: '< 500 ms', value: (f) => f.interactiveMs, limit: 500 },
  searchP95: { at: 50_000, text: '< 50 ms', value: (f) => f.search?.pageP95Ms, limit: 50 },
  export: { at: 10_000, text: '< 5 s', value: (f) => f.export?.ms, limit: 5000 },
} satisfies Record<string, Target>;

type TargetName = keyof typeof TARGETS;

/** true/false at the target's own size; null at other sizes or when the figure is missing. */
export function verdicts(f: SizeFigures): Record<TargetName, boolean | null> {
  const judge = (t: Target) => {
    const value = t.value(f);
    return f.clips === t.at && value !== undefined ? value < t.limit : null;
  };
  return { interactive: judge(TARGETS.interactive), searchP95: judge(TARGETS.searchP95), export: judge(TARGETS.export) };
}

export function formatTable(f: SizeFigures, browserVersion: string): string {
  const rows: Array<[string, string, string, string]> = [];
  const row = (label: string, value: string | undefined, target?: Target) => {
    const figure = target?.value(f);
    let result = '';
    if (target && figure !== undefined) {
      const met = figure < target.limit;
      // Off its size a target is a reference point, not a verdict.
      result = f.clips === target.at ? (met ? 'met' : 'NOT MET') : `(${met ? 'under' : 'over'} it here)`;
    }
    rows.push([label, value ?? 'failed', target ? `${target.text} at ${n(target.at)}` : '', result]);
  };
  const s = f.search;
  row(`insert (import ${f.backupFiles} backup file${f.backupFiles === 1 ? '' : 's'})`, opt(f.insertMs, sec));
  row(`library page: first rows (median of ${f.loads?.length ?? 0} reloads)`, opt(f.firstRowsMs, ms));
  row('library page: interactive', opt(f.interactiveMs, ms), TARGETS.interactive);
  row(`search median, page measure (${s?.queries ?? 0} queries)`, opt(s?.pageMedianMs, ms));
  row('search p95, page measure', opt(s?.pageP95Ms, ms), TARGETS.searchP95);
  row('search median / p95, wall seen by the script', s && `${ms(s.wallMedianMs)} / ${ms(s.wallP95Ms)}`);
  row(`export ZIP (${f.export ? `${f.export.settings}; ${mb(f.export.zipMB)}` : 'page defaults'})`, opt(f.export?.ms, sec), TARGETS.export);
  row(`export ZIP (${f.export?.bareSettings ?? 'no images'})`, opt(f.export?.bareMs, sec));
  row('import that ZIP into a wiped library', opt(f.importMs, sec));
  for (const phase of [...PHASES, 'overall'] as const) row(`peak memory: ${phase}`, opt(f.peakMemoryMB[phase], mb));

  const widths = [0, 1, 2, 3].map((i) => Math.max(...rows.map((r) => r[i]!.length), ['figure', 'value', 'target', 'result'][i]!.length));
  const line = (cells: readonly string[]) => cells.map((c, i) => (i === 1 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  ').trimEnd();
  const usedRss = Object.values(f.memory).some((m) => m.usedRss);
  return [
    `Library: ${n(f.clips)} clips (${n(f.chineseClips)} Chinese, ${f.sites} sites, ${mb(f.markdownMB)} of Markdown) — ${browserVersion}`,
    line(['figure', 'value', 'target', 'result']),
    line(widths.map((w) => '-'.repeat(w))),
    ...rows.map(line),
    `memory: summed PSS of all Chromium processes, sampled every 250 ms${usedRss ? ' (RSS stood in for some processes)' : ''}; load, search and export are timed unsampled, and their memory sampled in one more, untimed repetition`,
    `phases took: ${Object.entries(f.phaseSeconds).map(([k, sec]) => `${k} ${sec.toFixed(0)} s`).join(', ')}`,
    `timed once the browser was idle (under a tenth of a core for 2 s); it went idle after: ${Object.entries(f.settled).map(([k, wait]) => `${k} ${wait.seconds.toFixed(0)} s${wait.idle ? '' : ' (gave up: still busy)'}`).join(', ')}`,
    ...(s?.emptyResults ? [`${s.emptyResults} of ${s.queries} queries found nothing, though each was cut from a clip`] : []),
    ...f.problems.map((p) => `FAILED ${p}`),
    '',
  ].join('\n');
}

/** Nearest-rank quantile: the value at or below which q of the samples fall (p95 of 100 is the 95th). */
export function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil(q * sorted.length) - 1)] ?? Number.NaN;
}

const opt = (x: number | undefined, format: (x: number) => string) => (x === undefined ? undefined : format(x));
const n = (x: number) => x.toLocaleString('en-US');
const ms = (x: number) => `${x.toFixed(x < 100 ? 1 : 0)} ms`;
const sec = (x: number) => `${(x / 1000).toFixed(2)} s`;
const mb = (x: number) => `${x.toFixed(0)} MB`;
