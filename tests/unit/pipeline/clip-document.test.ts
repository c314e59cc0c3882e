import { siteRuleSchema } from '@/utils/site-rules/site-rule';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { clipDocument } from '@/utils/pipeline/clip-document';
import { builtInPreset } from '@/utils/pipeline/render/presets';
import { renderClip } from '@/utils/pipeline/render/render-clip';
import { documentFrom, fixturePage } from '../../support/dom';

interface HexoMeta {
  url: string;
  frontMatter: Record<string, unknown> & { date: string };
  paragraphs: string[];
}

describe('clipping seed 000 into a Hexo post', () => {
  const { html, meta } = fixturePage<HexoMeta>('seed-000-hexo');
  const page = clipDocument(documentFrom(html, meta.url), { url: meta.url });
  const clip = renderClip(
    // The seed's site rule files these posts under its categories, with the outlet as author.
    { ...page, frontMatterOverrides: { categories: meta.frontMatter.categories as string[], author: '趣头条' } },
    { preset: builtInPreset('hexo'), clippedAt: new Date('2026-11-23T00:00:00Z') },
  );
  const [, yamlText, body] = /^---\n([\s\S]*?)\n---\n\n([\s\S]*)$/.exec(clip.markdown) ?? [];

  it('has front-matter with exactly the seed post’s keys, in its order, and its values', () => {
    const fm = parse(yamlText!) as Record<string, unknown>;
    expect(Object.keys(fm)).toEqual(Object.keys(meta.frontMatter));
    const { date, title, ...rest } = meta.frontMatter;
    expect({ ...fm, date: undefined, title: undefined }).toEqual({ ...rest, date: undefined, title: undefined });
    // Runs of spaces in a headline collapse, as the browser shows them.
    expect(fm.title).toBe(String(title).replace(/\s+/g, ' '));
    expect(new Date(fm.date as string).getTime()).toBe(new Date(date).getTime());
  });

  it('finds the reporter named in parentheses at the end of the article', () => {
    expect(page.metadata.author).toBe('林洁');
  });

  it('has the body as Markdown paragraphs separated by blank lines, every seed paragraph kept', () => {
    const paragraphs = body!.trim().split('\n\n');
    expect(paragraphs).toEqual(meta.paragraphs.map((p) => p.trim()));
    expect(body).not.toMatch(/<\/?(p|div)>/);
  });
});

describe('clipDocument', () => {
  it('reports the rule that applied and its front-matter overrides', () => {
    const doc = documentFrom(`<body><article><h1>T</h1><p>${'Body text. '.repeat(60)}</p></article></body>`);
    const page = clipDocument(doc, {
      url: 'https://example.com/a',
      rule: siteRuleSchema.parse({ id: 'r1', name: 'Example', patterns: ['example.com'], frontMatter: { comments: false } }),
    });
    expect(page.rule).toEqual({ id: 'r1', name: 'Example' });
    expect(page.frontMatterOverrides).toEqual({ comments: false });
  });

  it('keeps MathJax 3 formulas, which carry their context menu’s class', () => {
    const formula = (tex: string) =>
      `<mjx-container class="MathJax CtxtMenu_Attached_0" jax="CHTML" data-latex="${tex}"><mjx-math aria-hidden="true"><mjx-c></mjx-c></mjx-math>` +
      `<mjx-assistive-mml><math><mi>x</mi></math></mjx-assistive-mml></mjx-container>`;
    const prose = 'The quadratic formula gives both roots of a second-degree equation, and every student meets it early. ';
    const doc = documentFrom(`<body><article><h1>T</h1><p>${prose.repeat(6)}</p><p>When ${formula('a \\neq 0')}, the roots are ${formula('x_{1,2}')}.</p></article></body>`);
    const page = clipDocument(doc, { url: 'https://example.com/a' });
    expect(page.body).toContain('When $a \\neq 0$, the roots are $x_{1,2}$.');
  });

  it('refuses a page with no text with a clear message', () => {
    expect(() => clipDocument(documentFrom('<body><script>var x = 1;</script><form><input></form></body>'), { url: 'https://example.com/' })).toThrow(/no article text/);
  });

  it('returns plain data that survives structured cloning (the trip from the tab to the popup)', () => {
    const doc = documentFrom(`<body><article><h1>T</h1><p>${'Body text. '.repeat(60)}</p></article></body>`);
    const page = clipDocument(doc, { url: 'https://example.com/a' });
    expect(structuredClone(page)).toEqual(page);
  });
});

describe('what a clip carries for templates', () => {
  const html = `<html><head><title>T</title><meta name="Description" content="About it"><meta property="og:type" content="article"></head>
    <body><article><h1>T</h1><p>${'A sentence of the article body. '.repeat(20)}</p><p>Second <b>bold</b> paragraph of the body. ${'More text. '.repeat(20)}</p></article></body></html>`;

  it('keeps every meta tag by lower-cased name, for {{meta:name}}', () => {
    const page = clipDocument(documentFrom(html), { url: 'https://example.com/a' });
    expect(page.metadata.meta).toMatchObject({ description: 'About it', 'og:type': 'article' });
  });

  it('turns the user’s selection into Markdown, and has none when nothing is selected', () => {
    const doc = documentFrom(html);
    const range = doc.createRange();
    range.selectNodeContents(doc.querySelectorAll('p')[1]!);
    const page = clipDocument(doc, { url: 'https://example.com/a', selection: range.cloneContents() });
    expect(page.selection).toMatch(/^Second \*\*bold\*\* paragraph/);
    expect(clipDocument(documentFrom(html), { url: 'https://example.com/a' }).selection).toBeNull();
  });
});

describe('what survives Readability for the Markdown converter', () => {
  it('keeps the class names that give a code block its language and math its TeX', () => {
    const prose = '<p>' + 'A paragraph about sorting lists in Python, explained at length for the reader. '.repeat(8) + '</p>';
    const html = `<html><body><article><h1>Sorting</h1>${prose}<pre><code class="language-python">xs.sort()\n</code></pre>${prose}
      <p>Energy is <span class="katex"><span class="katex-mathml"><math><semantics><mrow><mi>E</mi></mrow><annotation encoding="application/x-tex">E=mc^2</annotation></semantics></math></span><span class="katex-html" aria-hidden="true">E=mc2</span></span> as known.</p>${prose}</article></body></html>`;
    const page = clipDocument(documentFrom(html), { url: 'https://example.com/a' });
    expect(page.body).toContain('```python\nxs.sort()\n```');
    expect(page.body).toContain('Energy is $E=mc^2$ as known.');
  });
});
