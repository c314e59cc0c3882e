// npm run bench:library [-- --sizes 10000,50000] [--out <dir>] [--seed N] [--extension <built dir>] [--corpus <dir>]
//   [--clips-per-file 5000] [--timeout-min 120]
// The library page at scale, in real Chromium through the built extension: generates N clips (~8 KB of
// Markdown, a third Chinese) as backup files, then per size, on a fresh profile: imports them through the
// page (insert), reloads the page (first rows, interactive), runs 100 searches, exports everything as a
// ZIP, wipes the library and imports that ZIP back. Prints one table per size with issue 6's targets and
// writes the figures as JSON to --out.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Harness } from '../../tests/e2e/support/launch-browser';
import { buildExtensionCopy, copyExtension, DownloadWatcher, launchBrowser, tempParent } from './library/browser';
import { checkZip } from './library/check-zip';
import { loadCorpusText, type CorpusText } from './library/corpus-text';
import { CLIPS_PER_FILE, generateLibrary } from './library/generate-clips';
import { clearSearch, collectPageErrors, exportAllZip, importFiles, openLibrary, reloadAndTime, searchOnce, wipeLibrary, type PageLoad, type SearchTiming } from './library/library-page';
import { waitForIdleBrowser } from './library/browser-idle';
import { measurePhase } from './library/memory-sampler';
import { formatTable, quantile, verdicts, type Phase, type SizeFigures } from './library/report';

const REPO = path.resolve(import.meta.dirname, '../..');
const RELOADS = 5;
const QUERIES = 100;
/** Searches repeated under the memory sampler after the timed ones. */
const MEMORY_QUERIES = 20;

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      sizes: { type: 'string', default: '10000,50000' },
      out: { type: 'string', default: path.join(os.tmpdir(), 'clipdown-bench-library') },
      seed: { type: 'string', default: '6' },
      corpus: { type: 'string', default: path.resolve(REPO, '../shared/corpus') },
      extension: { type: 'string' },
      // Per phase; generous, so a slow page is measured rather than given up on.
      'timeout-min': { type: 'string', default: '120' },
      'clips-per-file': { type: 'string', default: String(CLIPS_PER_FILE) },
    },
  });
  const sizes = values.sizes.split(',').map((s) => Number(s.replace(/[_\s]/g, '')));
  if (sizes.length === 0 || sizes.some((s) => !Number.isInteger(s) || s < 100)) {
    console.error(`bench:library: --sizes wants whole numbers of clips, 100 or more, comma-separated; got "${values.sizes}"`);
    return 2;
  }
  const seed = Number(values.seed);
  const clipsPerFile = Number(values['clips-per-file']);
  if (!Number.isInteger(clipsPerFile) || clipsPerFile < 1) {
    console.error(`bench:library: --clips-per-file wants a whole number, 1 or more; got "${values['clips-per-file']}"`);
    return 2;
  }
  const timeoutMs = Number(values['timeout-min']) * 60_000;
  const out = path.resolve(values.out);
  mkdirSync(out, { recursive: true });

  const work = tempParent();
  try {
    const text = loadCorpusText(path.resolve(values.corpus));
    const extension = values.extension ? copyExtension(path.resolve(values.extension), work) : buildExtensionCopy(REPO, work);
    const results: Record<string, unknown> = {};
    const summary = { startedAt: new Date().toISOString(), seed, cpus: os.availableParallelism(), browser: '', sizes: results };
    for (const size of sizes) {
      const { figures, browser } = await runSize(size, { text, extension, work, seed, timeoutMs, clipsPerFile });
      summary.browser = browser;
      results[String(size)] = { ...figures, targets: verdicts(figures) };
      console.log(formatTable(figures, browser));
      // Written after every size, so a long run that dies at 50,000 still leaves the 10,000 figures.
      writeFileSync(path.join(out, 'library.json'), `${JSON.stringify(summary, null, 2)}\n`);
    }
    console.error(`bench:library: figures in ${path.join(out, 'library.json')}`);
    // Like bench:markdown: a missed target or a phase that failed is a non-zero exit.
    const sizesRun = Object.values(results) as Array<SizeFigures & { targets: ReturnType<typeof verdicts> }>;
    return sizesRun.some((f) => f.problems.length > 0 || Object.values(f.targets).includes(false)) ? 1 : 0;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

interface PhaseOptions {
  /** Wait for an idle browser first. */
  settle?: boolean;
  /** Run the phase unsampled, then this under the memory sampler for the phase's peak. */
  sampleWith?: () => Promise<unknown>;
}

interface RunOptions {
  text: CorpusText;
  extension: string;
  work: string;
  seed: number;
  timeoutMs: number;
  clipsPerFile: number;
}

async function runSize(size: number, { text, extension, work, seed, timeoutMs, clipsPerFile }: RunOptions): Promise<{ figures: SizeFigures; browser: string }> {
  const log = (message: string) => console.error(`bench:library [${size.toLocaleString('en-US')}]: ${message}`);
  let t = performance.now();
  const library = generateLibrary({ count: size, dir: path.join(work, `clips-${size}`), seed, text, queryCount: QUERIES, clipsPerFile });
  const figures: SizeFigures = {
    clips: size,
    chineseClips: library.chinese,
    markdownMB: library.markdownBytes / 1e6,
    sites: library.sites,
    backupFiles: library.files.length,
    peakMemoryMB: {},
    memory: {},
    phaseSeconds: { generate: (performance.now() - t) / 1000 },
    problems: [],
    settled: {},
  };
  log(`generated ${library.files.length} backup files (${(library.markdownBytes / 1e6).toFixed(0)} MB of Markdown) in ${figures.phaseSeconds.generate!.toFixed(1)} s`);

  const harness = await launchBrowser(extension);
  let errors: string[] = [];
  // Each phase is timed, sampled for memory and logged as it ends, so a slow run shows where it is; a phase
  // that fails is reported in the table and the phases that do not need it still run. Phases whose figures
  // are latencies run unsampled and are sampled in one more, untimed repetition (`sampleWith`): reading
  // every Chromium process's smaps_rollup four times a second slowed page loads by a third.
  const phase = async <T>(name: Phase, work: () => Promise<T>, { settle = false, sampleWith }: PhaseOptions = {}): Promise<T | undefined> => {
    if (settle) {
      const wait = await waitForIdleBrowser();
      figures.settled[name] = wait;
      log(`${name}: the browser ${wait.idle ? 'went idle' : 'was still busy'} after ${wait.seconds.toFixed(0)} s`);
    }
    const started = performance.now();
    try {
      const { value, memory } = sampleWith ? { value: await work(), memory: (await measurePhase(sampleWith)).memory } : await measurePhase(work);
      figures.memory[name] = memory;
      figures.peakMemoryMB[name] = memory.peakMB;
      figures.phaseSeconds[name] = (performance.now() - started) / 1000;
      log(`${name} done in ${figures.phaseSeconds[name]!.toFixed(1)} s, peak ${memory.peakMB.toFixed(0)} MB`);
      return value;
    } catch (error) {
      figures.phaseSeconds[name] = (performance.now() - started) / 1000;
      const tail = errors.length ? ` (page errors: ${errors.slice(-5).join(' / ')})` : '';
      figures.problems.push(`${name}: ${firstLine((error as Error).message)}${tail}`);
      log(`${name} FAILED after ${figures.phaseSeconds[name]!.toFixed(1)} s: ${(error as Error).message}${tail}`);
      return undefined;
    }
  };
  const expectAll = (name: Phase, added: number, report: string) => {
    if (added === size) return true;
    figures.problems.push(`${name}: ${added.toLocaleString('en-US')} of ${size.toLocaleString('en-US')} clips added; the page said: ${report.replace(/\s+/g, ' ').slice(0, 300)}`);
    return false;
  };
  try {
    const browser = `Chromium ${harness.browser.version()}`;
    const downloads = await DownloadWatcher.attach(harness);
    const p = await openLibrary(harness, timeoutMs);
    errors = collectPageErrors(p);

    const insert = await phase('insert', () => importFiles(p, library.files, timeoutMs, log));
    // Page and search figures on a partial library would pass for figures at this size: stop instead.
    if (!insert || !expectAll('insert', insert.added, insert.report)) return { figures, browser };
    figures.insertMs = insert.ms;

    const loads = await phase('load', async () => {
      const all: PageLoad[] = [];
      for (let i = 0; i < RELOADS; i++) all.push(await reloadAndTime(p, timeoutMs));
      return all;
    }, { settle: true, sampleWith: () => reloadAndTime(p, timeoutMs) });
    if (loads) {
      figures.loads = loads;
      figures.firstRowsMs = quantile(loads.map((l) => l.firstRowsMs), 0.5);
      figures.interactiveMs = quantile(loads.map((l) => l.interactiveMs), 0.5);
      log(`load: first rows ${figures.firstRowsMs.toFixed(0)} ms, interactive ${figures.interactiveMs.toFixed(0)} ms (medians)`);
    }

    const searches = await phase('search', async () => {
      const all: SearchTiming[] = [];
      for (const query of library.queries) all.push(await searchOnce(p, query, timeoutMs));
      await clearSearch(p, timeoutMs);
      return all;
    }, {
      settle: true,
      sampleWith: async () => {
        for (const query of library.queries.slice(0, MEMORY_QUERIES)) await searchOnce(p, query, timeoutMs);
        await clearSearch(p, timeoutMs);
      },
    });
    if (searches) {
      const empty = searches.filter((s) => s.results === 0).map((s) => s.query);
      if (empty.length) log(`${empty.length} queries found nothing (every query is cut from a clip): ${empty.slice(0, 10).join(' | ')}`);
      figures.search = {
        queries: searches.length,
        pageMedianMs: quantile(searches.map((s) => s.pageMs), 0.5),
        pageP95Ms: quantile(searches.map((s) => s.pageMs), 0.95),
        wallMedianMs: quantile(searches.map((s) => s.wallMs), 0.5),
        wallP95Ms: quantile(searches.map((s) => s.wallMs), 0.95),
        emptyResults: empty.length,
        slowest: [...searches].sort((a, b) => b.pageMs - a.pageMs).slice(0, 5),
      };
      log(`search: median ${figures.search.pageMedianMs.toFixed(1)} ms, p95 ${figures.search.pageP95Ms.toFixed(1)} ms`);
    }

    // The page's default (images on) is the figure held to the target; without images shows what the look-ups cost.
    const exports = await phase('export', async () => {
      const withImages = await exportAllZip(p, downloads, { images: true }, timeoutMs);
      const bare = await exportAllZip(p, downloads, { images: false }, timeoutMs);
      for (const { file } of [withImages, bare]) {
        const { markdownFiles } = checkZip(file);
        if (markdownFiles !== size) throw new Error(`${path.basename(file)} holds ${markdownFiles} .md files, not ${size}`);
      }
      rmSync(bare.file);
      return { withImages, bare };
    }, { settle: true, sampleWith: async () => rmSync((await exportAllZip(p, downloads, { images: true }, timeoutMs)).file) });
    if (!exports) return { figures, browser };
    figures.export = { ms: exports.withImages.ms, settings: exports.withImages.settings, zipMB: exports.withImages.bytes / 1e6, bareMs: exports.bare.ms, bareSettings: exports.bare.settings };
    log(`export: ${(exports.withImages.ms / 1000).toFixed(2)} s with images, ${(exports.bare.ms / 1000).toFixed(2)} s without`);

    t = performance.now();
    await wipeLibrary(p, timeoutMs);
    figures.phaseSeconds.wipe = (performance.now() - t) / 1000;

    const imported = await phase('import', () => importFiles(p, [exports.withImages.file], timeoutMs, log));
    if (imported && expectAll('import', imported.added, imported.report)) figures.importMs = imported.ms;
    return { figures, browser };
  } finally {
    const peaks = Object.values(figures.peakMemoryMB);
    if (peaks.length) figures.peakMemoryMB.overall = Math.max(...peaks);
    await closeQuietly(harness);
    rmSync(path.join(work, `clips-${size}`), { recursive: true, force: true });
  }
}

function firstLine(text: string): string {
  return text.split('\n')[0]!;
}

async function closeQuietly(harness: Harness): Promise<void> {
  await harness.close().catch((error: unknown) => console.error(`bench:library: closing the browser: ${String(error)}`));
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`bench:library: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
