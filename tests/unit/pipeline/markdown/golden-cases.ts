// The golden cases: golden/<name>.html converted against one base URL must give golden/<name>.md
// exactly; golden/<name>.options.json, when present, sets MarkdownOptions for that case.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { MarkdownOptions } from '@/utils/pipeline/markdown/markdown-options';

export const GOLDEN_BASE_URL = 'https://example.com/post/1.html';
const DIR = path.join(__dirname, 'golden');

export interface GoldenCase {
  name: string;
  html: string;
  /** The expected Markdown, without the file's final newline. */
  markdown: string;
  options: Partial<MarkdownOptions>;
}

export function goldenCases(): GoldenCase[] {
  return readdirSync(DIR)
    .filter((file) => file.endsWith('.html'))
    .sort()
    .map((file) => {
      const name = file.slice(0, -'.html'.length);
      const optionsFile = path.join(DIR, `${name}.options.json`);
      return {
        name,
        html: readFileSync(path.join(DIR, file), 'utf8'),
        markdown: readFileSync(path.join(DIR, `${name}.md`), 'utf8').replace(/\n$/, ''),
        options: existsSync(optionsFile) ? (JSON.parse(readFileSync(optionsFile, 'utf8')) as Partial<MarkdownOptions>) : {},
      };
    });
}
