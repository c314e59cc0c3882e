import { describe, expect, it } from 'vitest';
import { extractArticle } from '@/utils/pipeline/extract-article';
import type { SiteRule } from '@/utils/site-rules/site-rule';
import { documentFrom, fixturePage } from '../../support/dom';

interface NewsMeta {
  url: string;
  title: string;
  published: string;
  paragraphs: string[];
  furniture: string[];
}

const squash = (s: string) => s.replace(/[\s\u00a0\u3000]+/g, '');

describe('extractArticle on a Chinese news page (seed 004)', () => {
  const { html, meta } = fixturePage<NewsMeta>('seed-004-news');
  const doc = documentFrom(html, meta.url);
  const { article, warnings } = extractArticle(doc, { url: meta.url });
  const text = squash(article.text);

  it('keeps every article paragraph, in order', () => {
    let from = 0;
    for (const paragraph of meta.paragraphs) {
      const at = text.indexOf(squash(paragraph), from);
      expect(at, paragraph.slice(0, 30)).toBeGreaterThanOrEqual(0);
      from = at;
    }
  });

  it('keeps none of the page furniture', () => {
    for (const furniture of meta.furniture) expect(text, furniture).not.toContain(squash(furniture));
  });

  it('finds the title without the site suffix and the date shown under it', () => {
    expect(article.title).toBe(meta.title);
    expect(article.published?.slice(0, 10)).toBe(meta.published);
    expect(article.method).toBe('readability');
    expect(warnings).toEqual([]);
  });

  it('leaves the caller’s document untouched', () => {
    expect(doc.querySelector('.share-links')).not.toBeNull();
    expect(doc.querySelector('.related-posts')).not.toBeNull();
  });
});

describe('extractArticle fallbacks', () => {
  it('uses the largest text block when Readability finds no article, and says so', () => {
    const doc = documentFrom(
      '<body><div class="comment">short</div><td><div>' + '这是一个很短但真实的公告内容，需要被完整保留。'.repeat(6) + '</div></td></body>',
    );
    const { article, warnings } = extractArticle(doc, { url: 'https://example.com/' });
    expect(article.text).toContain('这是一个很短但真实的公告内容');
    expect(['largest-block', 'readability']).toContain(article.method);
    if (article.method === 'largest-block') expect(warnings.join(' ')).toMatch(/largest block/);
  });

  it('falls back to the whole body when there is no block of text at all', () => {
    const doc = documentFrom('<body>Just a few words.</body>');
    const { article, warnings } = extractArticle(doc, { url: 'https://example.com/' });
    expect(article.method).toBe('body');
    expect(article.text).toBe('Just a few words.');
    expect(warnings.join(' ')).toMatch(/whole page/);
  });
});

describe('extractArticle with a site rule', () => {
  const page = `<body><div class="teaser"><p>${'Teaser text that is long enough to look like an article to Readability. '.repeat(12)}</p></div>
    <div class="story"><p>${'The real story paragraph, which the rule points at. '.repeat(6)}</p><div class="promo">Subscribe now</div></div></body>`;
  const rule = (overrides: Partial<SiteRule>): SiteRule => ({ name: 'Example', enabled: true, patterns: ['example.com'], removeSelectors: [], frontMatter: {}, ...overrides });

  it('takes the article from the content selector and drops removed elements', () => {
    const { article } = extractArticle(documentFrom(page), { url: 'https://example.com/', rule: rule({ contentSelector: '.story', removeSelectors: ['.promo'] }) });
    expect(article.method).toBe('rule');
    expect(article.text).toContain('The real story paragraph');
    expect(article.text).not.toContain('Teaser text');
    expect(article.text).not.toContain('Subscribe now');
  });

  it('warns and extracts automatically when the selector matches nothing or is invalid', () => {
    const missing = extractArticle(documentFrom(page), { url: 'https://example.com/', rule: rule({ contentSelector: '.nope' }) });
    expect(missing.warnings.join(' ')).toMatch(/matched nothing/);
    const invalid = extractArticle(documentFrom(page), { url: 'https://example.com/', rule: rule({ contentSelector: 'div[' }) });
    expect(invalid.warnings).toHaveLength(1);
    expect(invalid.warnings[0]).toMatch(/not a valid CSS selector/);
  });
});
