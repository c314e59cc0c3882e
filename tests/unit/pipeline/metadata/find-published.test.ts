import { describe, expect, it } from 'vitest';
import { findPublished } from '../../../../utils/pipeline/metadata/find-published';
import { readJsonLd } from '../../../../utils/pipeline/metadata/json-ld';
import { findMainRegion } from '../../../../utils/pipeline/metadata/main-region';
import { readMetaTags } from '../../../../utils/pipeline/metadata/meta-tags';
import { readNearTitleText } from '../../../../utils/pipeline/metadata/near-title-text';
import { findPlausibleH1 } from '../../../../utils/pipeline/metadata/plausible-h1';
import { findTitleAnchor } from '../../../../utils/pipeline/metadata/title-anchor';
import { makeDocument } from './make-document';

const published = (head: string, body: string, options: { title?: string; articleText?: string } = {}): string | null => {
  const doc = makeDocument(`<html><head>${head}</head><body>${body}</body></html>`);
  const h1 = findPlausibleH1(doc, []);
  const titleAnchor = findTitleAnchor(doc, options.title ?? '', h1);
  return findPublished({
    doc,
    meta: readMetaTags(doc),
    jsonLd: readJsonLd(doc),
    titleAnchor,
    mainRegion: findMainRegion(doc, titleAnchor),
    nearTitleText: readNearTitleText(doc, titleAnchor),
    articleText: options.articleText,
  });
};

describe('findPublished', () => {
  it('takes JSON-LD datePublished first, then dateCreated', () => {
    const head = '<meta property="article:published_time" content="2020-01-01">';
    expect(published(`${head}<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2024-09-27T10:30:00+08:00"}</script>`, '')).toBe('2024-09-27T10:30:00+08:00');
    expect(published(`${head}<script type="application/ld+json">{"@type":"Article","dateCreated":"2024-09-26"}</script>`, '')).toBe('2024-09-26');
  });

  it('falls through an unusable JSON-LD date to the metas', () => {
    expect(published('<script type="application/ld+json">{"@type":"Article","datePublished":"0001-01-01T00:00:00Z"}</script><meta property="article:published_time" content="2024-09-27T10:30:00Z">', '')).toBe('2024-09-27T10:30:00Z');
  });

  it.each([
    ['<meta property="article:published_time" content="2024-09-27T10:30:00+08:00">', '2024-09-27T10:30:00+08:00'],
    ['<meta property="og:published_time" content="2024-09-27">', '2024-09-27'],
    ['<meta name="pubdate" content="2024-09-27T02:30:00Z">', '2024-09-27T02:30:00Z'],
    ['<META name="publishdate" content=" 2012-01-17">', '2012-01-17'],
    ['<meta name="PublishDate" content="2012-01-12 18:39">', '2012-01-12T18:39'],
    ['<meta name="date" content="2015-04-08T12:46:00">', '2015-04-08T12:46:00'],
    ['<meta name="dc.date" content="2019-11-18">', '2019-11-18'],
    ['<meta name="DC.date.issued" content="2019-11-18">', '2019-11-18'],
    ['<meta name="sailthru.date" content="2019-11-18 10:00:00">', '2019-11-18T10:00:00'],
    ['<meta name="parsely-pub-date" content="2024-04-20T04:20:00Z">', '2024-04-20T04:20:00Z'],
    ['<meta name="weibo: article:create_at" content="2024-09-27 10:30:00">', '2024-09-27T10:30:00'],
    ['<meta itemprop="datePublished" content="2018-10-03T19:41:33+04:00">', '2018-10-03T19:41:33+04:00'],
    ['<meta name="pdate" content="20191118">', '2019-11-18'],
  ])('reads the date meta %s', (head, expected) => {
    expect(published(head, '<p>2000-01-01</p>')).toBe(expected);
  });

  it('skips a template placeholder meta', () => {
    expect(published('<meta itemprop="datePublished" content="{{post_date}}"><meta name="date" content="2024-09-27">', '')).toBe('2024-09-27');
  });

  it('reads itemprop=datePublished markup in the body', () => {
    expect(published('', '<span itemprop="datePublished" content="2024-09-27T08:00:00Z">Sept 27</span>')).toBe('2024-09-27T08:00:00Z');
  });

  it('prefers a <time> marked as the publication time inside the article', () => {
    const body = `<header><time datetime="2030-01-01">clock</time></header>
      <article><h1>Story</h1><time class="updated" datetime="2024-10-01">Updated</time>
      <time pubdate datetime="2024-09-27T10:30:00+08:00">Sep 27</time></article>`;
    expect(published('', body)).toBe('2024-09-27T10:30:00+08:00');
  });

  it('takes a <time> inside the article even without marks, but not a lone header clock', () => {
    expect(published('', '<article><h1>Story</h1><time datetime="2024-09-27">Sep 27</time></article>')).toBe('2024-09-27');
    expect(published('', '<div class="top"><time datetime="2030-01-01">today</time></div><h2>Story</h2><p>text</p>')).toBeNull();
  });

  it('reads the dateline printed after the h1', () => {
    expect(published('', '<h1>北京发布新规</h1><div>2024年9月27日 10:30 来源：示例网</div><p>正文</p>')).toBe('2024-09-27T10:30');
    expect(published('', '<h1>Title</h1><p>发布时间：2024-09-27 08:00:00 | 来源：示例网</p>')).toBe('2024-09-27T08:00:00');
  });

  it('reads the dateline after the element printing the title when there is no h1', () => {
    const body = '<div class="nav">2030年1月1日 星期二</div><table><tr><td class="title">北京发布新规</td></tr><tr><td>日期：2024-09-27</td></tr></table>';
    expect(published('', body, { title: '北京发布新规' })).toBe('2024-09-27');
  });

  it('reads a date in the row right above the headline when none follows it', () => {
    expect(published('', '<p>首页 > 生活新闻 2024-9-27</p><h1>某地推出新步道</h1><p>正文没有日期</p>')).toBe('2024-09-27');
  });

  it('reads the top of the body when the headline cannot be located', () => {
    expect(published('', '<p>发表于 2024-09-27 12:40</p><p>正文</p>')).toBe('2024-09-27T12:40');
  });

  it('reads a labelled date opening the article text as a last resort', () => {
    expect(published('', '<h1>Title</h1><p>no date</p>', { articleText: '发布时间：2024-09-27 正文……' })).toBe('2024-09-27');
    expect(published('', '<h1>Title</h1><p>no date</p>', { articleText: '2024年9月27日，记者来到现场' })).toBeNull();
  });

  it('reads a labelled post footer right after the article text when nothing precedes it', () => {
    const middle = '正文中间的段落，远远超过标题之后读取的那几行文字。'.repeat(20);
    const article = `这是一篇博客文章的正文第一段，写得比较长一些。\n\n${middle}\n\n这是正文的最后一段，作者在此向读者道别。`;
    const body = `<h1>博客标题</h1><p>这是一篇博客文章的正文第一段，写得比较长一些。</p><p>${middle}</p>
      <p>这是正文的最后一段，作者在此向读者道别。</p><p>阅读(12) 发表于 2005-07-31 12:30</p>`;
    expect(published('', body, { articleText: article })).toBe('2005-07-31T12:30');
    expect(published('', body.replace('<h1>博客标题</h1>', '<h1>博客标题</h1><p>2005-07-30</p>'), { articleText: article })).toBe('2005-07-30');
  });

  it('falls back on the periodical issue the article cites as its source', () => {
    const article = '正文第一段。\n\n正文最后一段。□\n——《某某月刊》1998年3月号';
    expect(published('', '<h1>Title</h1><p>no date</p>', { articleText: article })).toBe('1998-03');
  });

  it('does not take a phone number or a year-led headline for a date', () => {
    expect(published('', '<h1>2021福建省两会召开</h1><p>客服热线：400-0123-021 举报电话 010-12345678</p>')).toBeNull();
  });

  it('returns null when the page states no date', () => {
    expect(published('', '<h1>Title</h1><p>text</p>')).toBeNull();
  });
});
