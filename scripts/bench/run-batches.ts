// Corpus pages in batches of child processes, a few at a time: jsdom keeps memory across documents, so one
// long process runs out of memory on the corpus while a fresh process per batch stays small.
import { fork } from 'node:child_process';
import type { CorpusPage } from './corpus-pages';

/** Pages per child process: jsdom grows about 3.5 MB a page, so a batch stays well under 200 MB. */
export const PAGES_PER_BATCH = 20;

/**
 * Sends `{ ...settings, pages }` to a fresh `worker` per batch and gathers the arrays the workers post back.
 * Workers run under tsx with `--expose-gc`, so they may collect garbage before timing anything.
 */
export async function runInBatches<Row>(
  worker: string,
  pages: CorpusPage[],
  settings: object,
  jobs: number,
): Promise<Row[]> {
  const batches: CorpusPage[][] = [];
  for (let i = 0; i < pages.length; i += PAGES_PER_BATCH) batches.push(pages.slice(i, i + PAGES_PER_BATCH));
  const rows: Row[] = [];
  let next = 0;
  let done = 0;
  const lane = async (): Promise<void> => {
    while (next < batches.length) {
      const batch = batches[next++]!;
      rows.push(...(await runBatch<Row>(worker, { ...settings, pages: batch })));
      done += batch.length;
      process.stderr.write(`\r  ${done}/${pages.length} pages`);
    }
  };
  await Promise.all(Array.from({ length: Math.min(jobs, batches.length) }, lane));
  process.stderr.write('\n');
  return rows;
}

function runBatch<Row>(worker: string, request: { pages: CorpusPage[] }): Promise<Row[]> {
  return new Promise((resolve, reject) => {
    const child = fork(worker, [], { execArgv: ['--import', 'tsx', '--expose-gc'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    let result: Row[] | null = null;
    child.once('message', (message) => {
      result = message as Row[];
    });
    child.once('error', reject);
    child.once('exit', (code) => {
      if (result) resolve(result);
      else reject(new Error(`worker for ${request.pages[0]?.source}/${request.pages[0]?.id}… exited with ${code}`));
    });
    child.send(request);
  });
}
