// Pages of a folder in the evaluation-corpus format (<source>/<id>/page.html + truth.json), decoded the way a
// browser would have decoded them (the truth's `encoding`: what HTTP and <meta> told the browser).
// Only the benchmark reads truth.json; the pipeline never sees it.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

export interface CorpusPage {
  source: string;
  id: string;
  dir: string;
}

interface Truth {
  url?: string | null;
  encoding?: string;
}

export function listCorpusPages(corpusDir: string, sources?: ReadonlySet<string>): CorpusPage[] {
  const pages: CorpusPage[] = [];
  for (const source of subfolders(corpusDir)) {
    if (sources && !sources.has(source)) continue;
    for (const id of subfolders(path.join(corpusDir, source))) {
      const dir = path.join(corpusDir, source, id);
      if (existsSync(path.join(dir, 'page.html')) && existsSync(path.join(dir, 'truth.json'))) pages.push({ source, id, dir });
    }
  }
  return pages;
}

export interface LoadedCorpusPage {
  html: string;
  /** The page's address when the corpus knows it, else a stand-in under example.invalid. */
  url: string;
}

export function readCorpusPage(page: CorpusPage): LoadedCorpusPage {
  const truth = JSON.parse(readFileSync(path.join(page.dir, 'truth.json'), 'utf8')) as Truth;
  const bytes = readFileSync(path.join(page.dir, 'page.html'));
  const html = new TextDecoder(truth.encoding ?? 'utf-8').decode(bytes);
  return { html, url: truth.url ?? `https://${page.source}.example.invalid/${page.id}/page.html` };
}

function subfolders(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names.filter((name) => statSync(path.join(dir, name)).isDirectory()).sort();
}
