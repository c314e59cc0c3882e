import fc from 'fast-check';
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { convertToMarkdown } from '@/utils/pipeline/markdown/convert-to-markdown';
import { createInlineEscaper } from '@/utils/pipeline/markdown/escaping';
import { documentFrom } from '../../../support/dom';

const BASE = 'https://example.com/post/1.html';
const renderer = new MarkdownIt({ html: true });
const escape = createInlineEscaper({ numericLabels: false, footnoteLabels: false });

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
// One document for the many generated cases: a new jsdom per case would take most of the run.
const doc = documentFrom('<body></body>', BASE);
const parsed = (html: string) => {
  const holder = doc.createElement('div');
  holder.innerHTML = html;
  return holder;
};
const shown = (html: string) => (parsed(html).textContent ?? '').replace(/\s+/g, ' ').trim();
const markdownOf = (html: string) => convertToMarkdown(parsed(html), BASE);

/** Characters Markdown gives meaning to, with plain Latin and Chinese text and spaces between them. */
const pieces = fc.constantFrom(
  '*', '_', '`', '~', '[', ']', '(', ')', '<', '>', '&', '#', '$', '\\', '!', '-', '+', '=', '|', '.', ':', '1', '2.', ' ', ' ', 'a', 'word', '中文', '。', '“', '”', 'amp;', 'div', 'http://x',
);
const text = fc.array(pieces, { minLength: 1, maxLength: 14 }).map((parts) => parts.join(''));
const inline = fc.constantFrom('em', 'strong', 'del', 'code', 'a', 'span');

describe('escaping page text', () => {
  it('leaves text without Markdown characters as it is', () => {
    expect(escape('在 2024 年，价格上涨了 3.5%')).toBe('在 2024 年，价格上涨了 3.5%');
    expect(escape('snake_case and a * b and 3. and #1')).toBe('snake_case and a * b and 3. and #1');
  });

  it('escapes only what would form markup', () => {
    expect(escape('*a*')).toBe('\\*a\\*');
    expect(escape('2*3')).toBe('2\\*3');
    expect(escape('[x](y)')).toBe('\\[x\\](y)');
    expect(escape('a <b> & &amp; c')).toBe('a \\<b> & \\&amp; c');
    expect(escape('$5 or $6, not $x$')).toBe('$5 or $6, not \\$x\\$');
    expect(escape('C:\\dir \\*')).toBe('C:\\dir \\\\\\*');
    expect(escape('a [ lone bracket')).toBe('a \\[ lone bracket');
    expect(escape('a [ lone bracket')).toBe('a \\[ lone bracket');
  });

  it('escapes labels this clip defines: [1] with reference links, [^1] with footnotes', () => {
    expect(createInlineEscaper({ numericLabels: true, footnoteLabels: false })('see [1]')).toBe('see \\[1\\]');
    expect(createInlineEscaper({ numericLabels: false, footnoteLabels: true })('see [^1]')).toBe('see \\[^1\\]');
    expect(escape('see [1] and [^1] here')).toBe('see [1] and [^1] here');
  });

  it('renders any paragraph of such text back as exactly that text', () => {
    fc.assert(
      fc.property(text, (value) => {
        const html = `<p>${escapeHtml(value)}</p>`;
        expect(shown(renderer.render(markdownOf(html)))).toBe(shown(html));
      }),
      { numRuns: 300 },
    );
  });

  it('renders text at the start of lines, in cells and in headings back as that text', () => {
    const containers = fc.constantFrom(
      (a: string, b: string) => `<p>${a}<br>${b}</p>`,
      (a: string, b: string) => `<ul><li>${a}<br>${b}</li></ul>`,
      (a: string, b: string) => `<ol><li><p>${a}</p><p>${b}</p></li></ol>`,
      (a: string, b: string) => `<blockquote><p>${a}</p>${b}</blockquote>`,
      (a: string, b: string) => `<h2>${a}</h2><h3>${b}</h3>`,
      (a: string, b: string) => `<table><tr><th>${a}</th><th>h</th></tr><tr><td>c</td><td>${b}</td></tr></table>`,
    );
    const letters = (html: string) => shown(html).replace(/\s+/g, '');
    fc.assert(
      fc.property(containers, text, text, (container, a, b) => {
        const html = container(escapeHtml(a), escapeHtml(b));
        expect(letters(renderer.render(markdownOf(html)))).toBe(letters(html));
      }),
      { numRuns: 300 },
    );
  });

  it('keeps the text of emphasis, code and links whatever stands beside them', () => {
    fc.assert(
      fc.property(text, inline, text, text, (before, tag, inside, after) => {
        const attributes = tag === 'a' ? ' href="/x"' : '';
        const html = `<p>${escapeHtml(before)}<${tag}${attributes}>${escapeHtml(inside)}</${tag}>${escapeHtml(after)}</p>`;
        expect(shown(renderer.render(markdownOf(html)))).toBe(shown(html));
      }),
      { numRuns: 300 },
    );
  });
});
