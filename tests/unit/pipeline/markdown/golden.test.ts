import { describe, expect, it } from 'vitest';
import { convertToMarkdown } from '@/utils/pipeline/markdown/convert-to-markdown';
import { documentFrom } from '../../../support/dom';
import { GOLDEN_BASE_URL, goldenCases } from './golden-cases';

const cases = goldenCases();

describe('golden Markdown', () => {
  it('covers every rule family with several cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(45);
    const families = ['table-', 'code-', 'image-', 'math-', 'embed-', 'footnotes-', 'list-', 'escaping-', 'chinese-', 'options-'];
    for (const family of families) expect(cases.filter((c) => c.name.startsWith(family)).length, family).toBeGreaterThanOrEqual(2);
  });

  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, golden) => {
    const doc = documentFrom(`<body>${golden.html}</body>`, GOLDEN_BASE_URL);
    expect(convertToMarkdown(doc.body, GOLDEN_BASE_URL, golden.options)).toBe(golden.markdown);
  });
});
