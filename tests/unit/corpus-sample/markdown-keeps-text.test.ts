// A sample of the corpus check `npm run bench:markdown` runs on every page: the Markdown of a cleaned article,
// rendered back to HTML by markdown-it, keeps at least 99% of the article's text in order. The sample is
// refreshed with `npm run bench:markdown -- --save-sample tests/fixtures/markdown-sample`.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { convertToMarkdown } from '@/utils/pipeline/markdown/convert-to-markdown';
import { articleText, measureTextKeeping, renderedMarkdownText } from '../../../scripts/bench/text-keeping';
import { documentFrom } from '../../support/dom';

const SAMPLE = path.resolve(__dirname, '../../fixtures/markdown-sample');
const files = readdirSync(SAMPLE).filter((file) => file.endsWith('.html'));

describe('text-keeping measure', () => {
  const doc = documentFrom('<p>x</p>');

  it('reads the article as a reader sees it: table footers last, no iframe fallback or script text', () => {
    const article = documentFrom('<div><table><tfoot><tr><td>Total</td></tr></tfoot><tbody><tr><td>Tea</td></tr></tbody></table><iframe>&lt;p&gt;no frames&lt;/p&gt;</iframe><script>x()</script></div>').body.firstElementChild!;
    expect(articleText(article).replace(/\s+/g, '')).toBe('TeaTotal');
  });

  it('counts text the rendering lost, and ignores how whitespace was reflowed', () => {
    expect(measureTextKeeping('one two\n three', 'one  two three').ratio).toBe(1);
    const lost = measureTextKeeping('first paragraph. second paragraph.', 'first paragraph.');
    expect(lost.ratio).toBeCloseTo(15 / 31, 3);
    expect(lost.lost[0]).toBe('secondparagraph.');
  });

  it('reads Markdown as a reader sees it: markup gone, escapes undone, HTML tags not text', () => {
    expect(renderedMarkdownText('# Title\n\n**bold** \\*not\\* [link](https://x.test) <span>3</span>', doc).trim())
      .toBe('Title\nbold *not* link 3');
  });
});

describe('Markdown of sampled corpus articles keeps their text', () => {
  it('has a sample to check', () => {
    expect(files.length).toBeGreaterThanOrEqual(20);
  });

  it.each(files)('%s', (file) => {
    const html = readFileSync(path.join(SAMPLE, file), 'utf8');
    const url = /^<!-- (\S+) -->/.exec(html)?.[1] ?? 'https://example.com/';
    const doc = documentFrom(`<body>${html}</body>`, url);
    const article = doc.body.firstElementChild!;
    const keeping = measureTextKeeping(articleText(article), renderedMarkdownText(convertToMarkdown(article, url), doc));
    expect(keeping.ratio, `lost: ${keeping.lost.join(' | ')}`).toBeGreaterThanOrEqual(0.99);
  });
});
