// The browser's memory while a phase runs: every ~250 ms, the summed PSS of every Chromium process (the
// browser, renderers, the extension's service worker, utilities). PSS splits shared pages among the processes
// that map them, so the sum is what the browser as a whole costs; RSS would count shared libraries once per
// process. Falls back to RSS where smaps_rollup cannot be read.
import { readdir, readFile } from 'node:fs/promises';

export interface MemoryPeak {
  /** Highest summed PSS seen, MB (10^6 bytes). */
  peakMB: number;
  processesAtPeak: number;
  samples: number;
  /** True when some process's PSS could not be read and its RSS stood in. */
  usedRss: boolean;
}

/** All processes descended from `rootPid`: Playwright starts Chromium as our child, and Chromium's zygote and renderers hang below it. */
async function descendants(rootPid: number): Promise<number[]> {
  const children = new Map<number, number[]>();
  for (const name of await readdir('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const stat = await readFile(`/proc/${name}/stat`, 'utf8').catch(() => null);
    if (!stat) continue;
    // The command name is in parentheses and may hold spaces; the parent pid is the second field after it.
    const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    const pid = Number(name);
    children.set(ppid, [...(children.get(ppid) ?? []), pid]);
  }
  const found: number[] = [];
  const stack = [...(children.get(rootPid) ?? [])];
  while (stack.length > 0) {
    const pid = stack.pop()!;
    found.push(pid);
    stack.push(...(children.get(pid) ?? []));
  }
  return found;
}

async function isChromium(pid: number): Promise<boolean> {
  const comm = await readFile(`/proc/${pid}/comm`, 'utf8').catch(() => '');
  return /chrom/i.test(comm);
}

/** kB of PSS (or RSS when PSS is unreadable), or null when the process is gone. */
async function processKb(pid: number): Promise<{ kb: number; rss: boolean } | null> {
  const rollup = await readFile(`/proc/${pid}/smaps_rollup`, 'utf8').catch(() => null);
  const pss = rollup && /^Pss:\s+(\d+) kB/m.exec(rollup);
  if (pss) return { kb: Number(pss[1]), rss: false };
  const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => null);
  const rss = status && /^VmRSS:\s+(\d+) kB/m.exec(status);
  return rss ? { kb: Number(rss[1]), rss: true } : null;
}

/** The Chromium processes this script started, directly or not. */
export async function chromiumPids(rootPid = process.pid): Promise<number[]> {
  const pids: number[] = [];
  for (const pid of await descendants(rootPid)) if (await isChromium(pid)) pids.push(pid);
  return pids;
}

export async function sampleBrowserMemory(rootPid = process.pid): Promise<{ mb: number; processes: number; usedRss: boolean }> {
  const pids = await chromiumPids(rootPid);
  let kb = 0;
  let processes = 0;
  let usedRss = false;
  for (const reading of await Promise.all(pids.map(processKb))) {
    if (!reading) continue;
    kb += reading.kb;
    processes++;
    usedRss ||= reading.rss;
  }
  return { mb: (kb * 1024) / 1e6, processes, usedRss };
}

/** Samples until stop(); a sample never starts before the previous one ends, so a slow read cannot pile up. */
export class MemorySampler {
  private peak: MemoryPeak = { peakMB: 0, processesAtPeak: 0, samples: 0, usedRss: false };
  private running = true;
  private readonly loop: Promise<void>;

  constructor(
    private readonly intervalMs = 250,
    private readonly rootPid = process.pid,
  ) {
    this.loop = this.run();
  }

  private async run(): Promise<void> {
    while (this.running) {
      const started = Date.now();
      try {
        const { mb, processes, usedRss } = await sampleBrowserMemory(this.rootPid);
        this.peak.samples++;
        this.peak.usedRss ||= usedRss;
        if (mb > this.peak.peakMB) Object.assign(this.peak, { peakMB: mb, processesAtPeak: processes });
      } catch {
        // A process exiting mid-read is normal during reloads; the next sample sees the new set.
      }
      await new Promise((r) => setTimeout(r, Math.max(0, this.intervalMs - (Date.now() - started))));
    }
  }

  async stop(): Promise<MemoryPeak> {
    this.running = false;
    await this.loop;
    return { ...this.peak };
  }
}

/** Runs `work` with a sampler around it: its result and the memory peak while it ran. */
export async function measurePhase<T>(work: () => Promise<T>): Promise<{ value: T; memory: MemoryPeak }> {
  const sampler = new MemorySampler();
  try {
    const value = await work();
    return { value, memory: await sampler.stop() };
  } catch (error) {
    await sampler.stop();
    throw error;
  }
}
