import { describe, expect, it } from 'vitest';
import { extractMetadata } from '../../../../utils/pipeline/metadata/extract-metadata';
import { makeDocument } from './make-document';

const CHINESE_PORTAL = `<!DOCTYPE html><html><head>
  <meta charset="utf-8">
  <title>北京出台新规 加强食品安全监管_国内新闻_示例新闻网</title>
  <meta name="keywords" content="食品安全，北京、监管">
  <meta name="description" content="  北京市出台新规，
    加强食品安全监管。 ">
  <meta name="author" content="示例新闻网">
</head><body>
  <div class="top">今天是2030年1月1日 星期二</div>
  <div class="nav"><a href="/">首页</a> &gt; <a href="/gn/">国内新闻</a></div>
  <table><tr><td class="title"><b>北京出台新规 加强食品安全监管</b></td></tr>
  <tr><td class="info">2024年09月27日10:30 来源：某某社 作者：张三 客服热线：400-0123-021</td></tr></table>
  <div id="content"><p>　　某某社北京9月27日电（记者 李四）北京市27日出台新规……</p>
  <img src="/img/blank.gif" data-original="//img.example.cn/2024/0927/food.jpg" width="600" height="400"></div>
  <form class="comment"><input name="author" placeholder="网友昵称"></form>
</body></html>`;

const ENGLISH_ARTICLE = `<!DOCTYPE html><html lang="en-us"><head>
  <title>Covid-19 cases rise - what we know | The Daily Planet</title>
  <link rel="canonical" href="/health/covid-cases">
  <meta property="og:site_name" content="The Daily Planet">
  <meta property="og:title" content="Covid-19 cases rise - what we know">
  <meta property="og:description" content="Cases are rising again.">
  <meta property="og:image" content="https://cdn.example.com/covid.jpg">
  <meta property="article:published_time" content="2024-09-27T10:30:00-04:00">
  <meta property="article:tag" content="Health"><meta property="article:tag" content="Covid-19">
  <script type="application/ld+json">{"@context":"https://schema.org","@graph":[
    {"@type":"NewsArticle","author":{"@type":"Person","name":"Lois Lane"},"publisher":{"@id":"#org"}},
    {"@type":"Organization","@id":"#org","name":"Daily Planet Media"}]}</script>
</head><body><article><h1>Covid-19 cases rise - what we know</h1>
  <p class="byline">By <a rel="author" href="/staff/lois">Lois Lane</a></p><p>Text.</p></article></body></html>`;

describe('extractMetadata', () => {
  it('reads an old-style Chinese portal page from text patterns', () => {
    const url = 'https://news.example.cn/gn/2024/0927/123.html';
    const metadata = extractMetadata(makeDocument(CHINESE_PORTAL, url), url, '某某社北京9月27日电（记者 李四）北京市27日出台新规……');
    expect(metadata).toEqual({
      title: '北京出台新规 加强食品安全监管',
      author: '张三',
      published: '2024-09-27T10:30',
      siteName: '示例新闻网',
      lang: null,
      excerpt: '北京市出台新规， 加强食品安全监管。',
      image: 'https://img.example.cn/2024/0927/food.jpg',
      url,
      canonicalUrl: null,
      keywords: ['食品安全', '北京', '监管'],
      meta: expect.objectContaining({ author: '示例新闻网' }),
    });
  });

  it('reads a modern English article from its metadata', () => {
    const url = 'https://www.dailyplanet.example/health/covid-cases?utm_source=x';
    const metadata = extractMetadata(makeDocument(ENGLISH_ARTICLE, url), url);
    expect(metadata).toEqual({
      title: 'Covid-19 cases rise - what we know',
      author: 'Lois Lane',
      published: '2024-09-27T10:30:00-04:00',
      siteName: 'The Daily Planet',
      lang: 'en-US',
      excerpt: 'Cases are rising again.',
      image: 'https://cdn.example.com/covid.jpg',
      url,
      canonicalUrl: 'https://www.dailyplanet.example/health/covid-cases',
      keywords: ['Health', 'Covid-19'],
      meta: expect.objectContaining({ 'og:site_name': 'The Daily Planet' }),
    });
  });

  it('returns empty metadata for an empty page without throwing', () => {
    const url = 'https://example.com/';
    expect(extractMetadata(makeDocument('', url), url)).toEqual({
      title: '', author: null, published: null, siteName: null, lang: null, excerpt: null,
      image: null, url, canonicalUrl: null, keywords: [], meta: {},
    });
  });

  it('does not modify the document it reads', () => {
    const doc = makeDocument(CHINESE_PORTAL, 'https://news.example.cn/a.html');
    const before = doc.documentElement.outerHTML;
    extractMetadata(doc, 'https://news.example.cn/a.html', '正文（林洁）');
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('stays fast on a huge page', () => {
    const paragraphs = Array.from({ length: 4000 }, (_, i) => `<div class="c${i}"><p>段落 ${i} 2024-0${(i % 9) + 1}-1 电话 400-0123-0${i}</p></div>`).join('');
    const doc = makeDocument(`<html><head><title>一个很大的页面_示例网</title></head><body>${paragraphs}</body></html>`);
    const started = performance.now();
    const metadata = extractMetadata(doc, 'https://example.com/big.html', '正'.repeat(200_000));
    expect(performance.now() - started).toBeLessThan(2000);
    expect(metadata.title).toBe('一个很大的页面');
  });
});
