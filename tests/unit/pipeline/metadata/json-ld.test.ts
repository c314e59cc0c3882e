import { describe, expect, it } from 'vitest';
import { readJsonLd } from '../../../../utils/pipeline/metadata/json-ld';
import { makeDocument } from './make-document';

const page = (...blocks: string[]): Document =>
  makeDocument(`<html><head>${blocks.map((block) => `<script type="application/ld+json">${block}</script>`).join('')}</head><body></body></html>`);

describe('readJsonLd', () => {
  it('reads an article node: headline, dates, authors, publisher, image, keywords', () => {
    const facts = readJsonLd(page(JSON.stringify({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: ' 北京  发布新规 ',
      datePublished: '2024-09-27T10:30:00+08:00',
      dateCreated: '2024-09-26',
      author: [{ '@type': 'Person', name: '张三' }, { '@type': 'Person', name: '李四' }],
      publisher: { '@type': 'Organization', name: '示例新闻网' },
      image: ['https://img.example.com/a.jpg', 'https://img.example.com/b.jpg'],
      keywords: ['政策', '北京'],
      description: '摘要',
    })));
    expect(facts).toMatchObject({
      headline: '北京 发布新规',
      datePublished: '2024-09-27T10:30:00+08:00',
      dateCreated: '2024-09-26',
      authors: ['张三', '李四'],
      publisherName: '示例新闻网',
      images: ['https://img.example.com/a.jpg', 'https://img.example.com/b.jpg'],
      keywords: ['政策', '北京'],
      description: '摘要',
    });
  });

  it('walks @graph, resolves @id references and reads the WebSite name', () => {
    const facts = readJsonLd(page(JSON.stringify({
      '@graph': [
        { '@type': 'WebSite', '@id': '#site', name: 'Example Times' },
        { '@type': 'Organization', '@id': '#org', name: 'Example Media Group' },
        { '@type': 'Person', '@id': '#jane', name: 'Jane Doe' },
        { '@type': ['BlogPosting'], headline: 'Graph post', author: { '@id': '#jane' }, publisher: { '@id': '#org' },
          image: { '@type': 'ImageObject', url: '/lead.jpg' } },
      ],
    })));
    expect(facts.headline).toBe('Graph post');
    expect(facts.authors).toEqual(['Jane Doe']);
    expect(facts.publisherName).toBe('Example Media Group');
    expect(facts.websiteName).toBe('Example Times');
    expect(facts.images).toEqual(['/lead.jpg']);
  });

  it('accepts top-level arrays, string authors and images, and comma-separated keywords', () => {
    const facts = readJsonLd(page(JSON.stringify([
      { '@type': 'BreadcrumbList' },
      { '@type': 'Article', headline: 'Array page', author: 'Staff Writer', image: 'https://img.example.com/c.jpg', keywords: 'a, b' },
    ])));
    expect(facts.authors).toEqual(['Staff Writer']);
    expect(facts.images).toEqual(['https://img.example.com/c.jpg']);
    expect(facts.keywords).toEqual(['a, b']);
  });

  it('finds the article a WebPage names as its mainEntity', () => {
    const facts = readJsonLd(page(JSON.stringify({
      '@type': 'WebPage', name: 'Page name | Site', mainEntity: { '@type': 'Article', headline: 'Main entity headline' },
    })));
    expect(facts.headline).toBe('Main entity headline');
  });

  it('skips malformed blocks and keeps reading the others', () => {
    const facts = readJsonLd(page('{ "headline": ', '{"@type":"Article","headline":"Survivor"}'));
    expect(facts.headline).toBe('Survivor');
  });

  it('repairs raw newlines inside strings and comment wrappers', () => {
    // A raw line break inside a JSON string is invalid JSON; CMS templates emit it all the time.
    const facts = readJsonLd(page('<!--{"@type":"NewsArticle","headline":"Line one\nline two","datePublished":"2024-09-27"}-->'));
    expect(facts.headline).toBe('Line one line two');
    expect(facts.datePublished).toBe('2024-09-27');
  });

  it('returns empty facts when the page has no JSON-LD', () => {
    expect(readJsonLd(makeDocument('<p>nothing</p>'))).toEqual({
      headline: null, name: null, datePublished: null, dateCreated: null, authors: [], publisherName: null,
      websiteName: null, description: null, images: [], keywords: [],
    });
  });

  it('ignores non-article nodes for the headline', () => {
    const facts = readJsonLd(page('{"@type":"Organization","name":"Org","headline":"x"}', '{"@type":"Article","headline":"Real"}'));
    expect(facts.headline).toBe('Real');
  });

  it("reads the article node's name beside its headline", () => {
    const facts = readJsonLd(page('{"@type":"Article","name":"List of films","headline":"Wikimedia list article"}'));
    expect(facts).toMatchObject({ headline: 'Wikimedia list article', name: 'List of films' });
  });
});
