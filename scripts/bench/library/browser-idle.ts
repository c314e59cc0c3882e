// Waits for the browser to stop working before a timed phase. After an import of thousands of clips,
// Chromium compacts its IndexedDB files for a minute or more on both of this machine's cores: a page
// load or an export timed meanwhile measured the compaction (page loads of 0.7-2 s that took 0.3-0.4 s
// once the browser was idle). A user opens the library in a browser doing nothing else, so that is what
// is timed; how long the wait took is reported beside the figures.
import { readFile } from 'node:fs/promises';
import { chromiumPids } from './memory-sampler';

/** /proc/<pid>/stat counts CPU time in clock ticks: 100 a second on Linux (`getconf CLK_TCK`). */
const TICKS_PER_SECOND = 100;

export interface IdleWait {
  /** Seconds waited. */
  seconds: number;
  /** False when the browser was still busy when the wait gave up. */
  idle: boolean;
}

/** CPU seconds all Chromium processes have used so far (processes that ended no longer count). */
async function browserCpuSeconds(): Promise<number> {
  let ticks = 0;
  for (const pid of await chromiumPids()) {
    const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => null);
    if (!stat) continue;
    // utime and stime are the 12th and 13th fields after the parenthesised command name.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    ticks += Number(fields[11]) + Number(fields[12]);
  }
  return ticks / TICKS_PER_SECOND;
}

/**
 * Idle: two windows in a row in which the browser used under a tenth of one core. Gives up after
 * `maxSeconds`, so a browser that never settles still gets measured (and the report says so).
 */
export async function waitForIdleBrowser({ maxSeconds = 180, windowMs = 1000, busyShare = 0.1 } = {}): Promise<IdleWait> {
  const started = performance.now();
  let quietWindows = 0;
  let before = await browserCpuSeconds();
  while (performance.now() - started < maxSeconds * 1000) {
    await new Promise((r) => setTimeout(r, windowMs));
    const now = await browserCpuSeconds();
    // A process that ended takes its time with it, so the difference can be negative: count that as busy.
    const used = now - before;
    before = now;
    quietWindows = used >= 0 && used < (busyShare * windowMs) / 1000 ? quietWindows + 1 : 0;
    if (quietWindows === 2) return { seconds: (performance.now() - started) / 1000, idle: true };
  }
  return { seconds: (performance.now() - started) / 1000, idle: false };
}
