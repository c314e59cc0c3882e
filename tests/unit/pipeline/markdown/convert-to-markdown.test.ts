import { describe, expect, it } from 'vitest';
import { convertToMarkdown } from '@/utils/pipeline/markdown/convert-to-markdown';
import { documentFrom } from '../../../support/dom';

const BASE = 'https://example.com/news/2024/story.html';
const md = (html: string) => convertToMarkdown(documentFrom(`<body><div id="c">${html}</div></body>`, BASE).getElementById('c')!, BASE);

describe('convertToMarkdown', () => {
  it('writes ATX headings, dash bullets and fenced code', () => {
    expect(md('<h2>Section</h2><ul><li>one</li><li>two</li></ul><pre><code>let x = 1;\n  indented();</code></pre>')).toBe(
      '## Section\n\n- one\n- two\n\n```\nlet x = 1;\n  indented();\n```',
    );
  });

  it('numbers ordered lists from their start and indents nested lists under the text', () => {
    expect(md('<ol start="3"><li>three<ul><li>inner</li></ul></li><li>four</li></ol>')).toBe('3. three\n   - inner\n4. four');
  });

  it('keeps a list tight when each item is one paragraph, however wrapped, and loose when an item holds two', () => {
    expect(md('<ul><li><div><p>one</p></div></li><li><p>two</p></li></ul>')).toBe('- one\n- two');
    expect(md('<ul><li><div><p>one</p><p>more</p></div></li><li>two</li></ul>')).toBe('- one\n\n  more\n\n- two');
  });

  it('makes link and image URLs absolute', () => {
    expect(md('<p><a href="../other.html">other</a> <img src="/img/a.png" alt="A"></p>')).toBe(
      '[other](https://example.com/news/other.html) ![A](https://example.com/img/a.png)',
    );
  });

  it('gives an image a title only when it says something its alt text does not', () => {
    expect(md('<p><img src="/a.png" alt="湘江 水位降至24.77米" title=" 湘江  水位降至24.77米"></p>')).toBe('![湘江 水位降至24.77米](https://example.com/a.png)');
    expect(md('<p><img src="/a.png" alt="Harbour" title="Photo: Ann Lee"></p>')).toBe('![Harbour](https://example.com/a.png "Photo: Ann Lee")');
  });

  it('keeps the text of javascript: links but not the link', () => {
    expect(md('<p><a href="javascript:alert(1)">click</a></p>')).toBe('click');
  });

  it('converts tables to GFM tables', () => {
    expect(md('<table><thead><tr><th>A</th><th>B</th></tr></thead><tbody><tr><td>1</td><td>2</td></tr></tbody></table>')).toBe(
      '| A   | B   |\n| --- | --- |\n| 1   | 2   |',
    );
  });

  it('separates paragraphs with one blank line and keeps Chinese text as is', () => {
    expect(md('<p>第一段。</p><p>第二段，含有“引号”。</p>')).toBe('第一段。\n\n第二段，含有“引号”。');
  });

  it('drops scripts and form controls', () => {
    expect(md('<p>text</p><script>alert(1)</script><form><input value="x"><button>Send</button></form>')).toBe('text');
  });

  it('writes an embedded frame as a link to it, never as the frame', () => {
    expect(md('<p>text</p><iframe src="https://evil.example"></iframe>')).toBe('text\n\n[evil.example](https://evil.example/)');
  });

  it('converts rows and cells left without their table as text, instead of failing the clip', () => {
    const doc = documentFrom('<body><table><tr id="r"><td>左</td><td>右</td></tr></table></body>', BASE);
    const row = doc.getElementById('r')!;
    expect(convertToMarkdown(row, BASE)).toBe('左 右');
  });
});

describe('convertToMarkdown on its input', () => {
  it('leaves the caller’s tree as it was', () => {
    const doc = documentFrom(
      '<body><div id="c"><p>　　Text <img src="/blank.gif"> <code>x</code><sup><a href="#n1" id="r1">1</a></sup></p><table><tr><td>a</td><td>b</td></tr><tr><td>c</td><td>d</td></tr></table><ol><li id="n1">Note <a href="#r1">↩</a></li></ol></div></body>',
      BASE,
    );
    const content = doc.getElementById('c')!;
    const before = content.outerHTML;
    expect(convertToMarkdown(content, BASE)).toBe('Text `x`[^1]\n\n| a   | b   |\n| --- | --- |\n| c   | d   |\n\n[^1]: Note');
    expect(content.outerHTML).toBe(before);
  });

  it('converts a fragment, such as the user’s selection', () => {
    const doc = documentFrom('<body><p id="p">One <b>two</b></p></body>', BASE);
    const range = doc.createRange();
    range.selectNodeContents(doc.getElementById('p')!);
    expect(convertToMarkdown(range.cloneContents(), BASE)).toBe('One **two**');
  });

  it('writes math once, from the TeX its renderer kept', () => {
    const katex = '<span class="katex"><span class="katex-mathml"><math><semantics><mi>x</mi><annotation encoding="application/x-tex">x^2</annotation></semantics></math></span><span class="katex-html" aria-hidden="true">x2</span></span>';
    expect(md(`<p>Area ${katex} m.</p>`)).toBe('Area $x^2$ m.');
  });

  it('ignores marker attributes a page carries itself', () => {
    expect(md('<p><span data-clipdown-math="x">y</span> <table data-clipdown-table="html"><tr><td>a</td></tr></table></p>')).toBe('y\n\na');
  });
});

describe('footnotes referenced from a table kept as HTML', () => {
  it('leave their notes list as a list, in order, and its references links', () => {
    const out = md(`<p>Population grew.<sup><a id="r1" href="#n1">1</a></sup></p>
      <table><tr><td rowspan="2">NZ<sup><a id="r2" href="#n2">2</a></sup></td><td>5.1m</td></tr><tr><td>2023</td></tr></table>
      <ol class="references"><li id="n1"><a href="#r1">^</a> Census 2023.</li><li id="n2"><a href="#r2">^</a> Stats NZ estimate.</li></ol>
      <p>Elsewhere.<sup><a id="r3" href="#n3">3</a></sup></p><ol class="notes"><li id="n3"><a href="#r3">^</a> Own list.</li></ol>`);
    expect(out).toContain(`Population grew.<sup>[1](${BASE}#n1)</sup>`);
    expect(out).toContain(`<a href="${BASE}#n2">2</a>`);
    expect(out).toMatch(/^1\. .*Census 2023\.\n2\. .*Stats NZ estimate\.$/m);
    expect(out).not.toMatch(/^\[\^\d+\]: (Census|Stats)/m);
    expect(out).toContain('Elsewhere.[^1]');
    expect(out).toMatch(/^\[\^1\]: Own list\.$/m);
  });
});
