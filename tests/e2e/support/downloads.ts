// waitForDownload(dir, { name, timeoutMs }) -> { path, name, content }: the first completed file in `dir`
// matching `name`. Chromium writes `<name>.crdownload` and renames on completion, so a visible final name
// means the bytes are all there.
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';

export interface DownloadedFile {
  path: string;
  name: string;
  content: string;
}

export interface WaitForDownloadOptions {
  /** Exact file name or pattern; default: any file. */
  name?: string | RegExp;
  timeoutMs?: number;
  /** File names to skip (e.g. those present before the action). */
  ignore?: Iterable<string>;
}

const PARTIAL = /\.crdownload$|^\.com\.google\.Chrome\.|^\.org\.chromium\.Chromium\./;

export async function waitForDownload(dir: string, opts: WaitForDownloadOptions = {}): Promise<DownloadedFile> {
  const timeoutMs = opts.timeoutMs ?? 10_000;
  const ignore = new Set(opts.ignore ?? []);
  const matches = (n: string) =>
    !PARTIAL.test(n) && !ignore.has(n) &&
    (opts.name === undefined || (typeof opts.name === 'string' ? n === opts.name : opts.name.test(n)));
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const names = await readdir(dir).catch(() => [] as string[]);
    for (const name of names.filter(matches)) {
      const p = path.join(dir, name);
      if ((await stat(p).catch(() => null))?.isFile()) {
        return { path: p, name, content: await readFile(p, 'utf8') };
      }
    }
    if (Date.now() > deadline) {
      throw new Error(`no download matching ${String(opts.name ?? '*')} in ${dir} after ${timeoutMs} ms; ` +
        `dir has: ${JSON.stringify(names)}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Names currently in `dir`, for `ignore` when several downloads share a name pattern. */
export async function listDownloads(dir: string): Promise<string[]> {
  return (await readdir(dir).catch(() => [] as string[])).filter((n) => !PARTIAL.test(n));
}
