import { describe, expect, it } from 'vitest';
import { findAuthor } from '../../../../utils/pipeline/metadata/find-author';
import { readJsonLd } from '../../../../utils/pipeline/metadata/json-ld';
import { findMainRegion } from '../../../../utils/pipeline/metadata/main-region';
import { readMetaTags } from '../../../../utils/pipeline/metadata/meta-tags';
import { readNearTitleText } from '../../../../utils/pipeline/metadata/near-title-text';
import { findPlausibleH1 } from '../../../../utils/pipeline/metadata/plausible-h1';
import { collectSiteNames } from '../../../../utils/pipeline/metadata/site-names';
import { makeDocument, PAGE_URL } from './make-document';

const author = (head: string, body: string, articleText?: string): string | null => {
  const doc = makeDocument(`<html><head>${head}</head><body>${body}</body></html>`);
  const meta = readMetaTags(doc);
  const jsonLd = readJsonLd(doc);
  const siteNames = collectSiteNames(meta, jsonLd, PAGE_URL);
  const h1 = findPlausibleH1(doc, siteNames);
  return findAuthor({
    doc, meta, jsonLd, siteNames,
    mainRegion: findMainRegion(doc, h1),
    nearTitleText: readNearTitleText(doc, h1),
    articleText,
  });
};

describe('findAuthor', () => {
  it('takes JSON-LD authors first, joining several', () => {
    const head = '<meta name="author" content="Meta Name"><script type="application/ld+json">{"@type":"NewsArticle","author":[{"@type":"Person","name":"Jane Doe"},{"@type":"Person","name":"John Roe"}]}</script>';
    expect(author(head, '')).toBe('Jane Doe, John Roe');
  });

  it('then the author metas, skipping URLs', () => {
    expect(author('<meta property="article:author" content="https://www.facebook.com/page"><meta name="author" content="By Jane Doe">', '')).toBe('Jane Doe');
    expect(author('<meta property="article:author" content="Jane Doe">', '')).toBe('Jane Doe');
    expect(author('<meta name="byl" content="By JANE DOE and JOHN ROE">', '')).toBe('JANE DOE and JOHN ROE');
  });

  it('then rel=author links, each co-author once', () => {
    expect(author('', '<article><h1>T</h1><p class="meta">By <a rel="author" href="/a">Jane Doe</a> and <a rel="author" href="/b">John Roe</a></p></article>')).toBe('Jane Doe, John Roe');
  });

  it('then itemprop=author, reading its name', () => {
    expect(author('', '<article><h1>T</h1><div itemprop="author" itemscope><span itemprop="name">Jane Doe</span><span itemprop="jobTitle">Editor</span></div></article>')).toBe('Jane Doe');
  });

  it('then byline and author classes', () => {
    expect(author('', '<article><h1>T</h1><p class="article-byline">By Jane Doe | Sep 27, 2024</p></article>')).toBe('Jane Doe');
    expect(author('', '<h1>标题</h1><div class="author">作者：张三　来源：示例网</div>')).toBe('张三');
  });

  it('never takes a name from a comment form or a comment thread', () => {
    const body = `<h1>Title</h1><p>Story text.</p>
      <form class="comment-form"><label class="author-label">Name</label><input class="author" name="author" placeholder="Your name"></form>
      <div id="comments"><span class="comment-author">Troll</span></div>`;
    expect(author('', body)).toBeNull();
  });

  it('skips byline elements naming only the outlet for a later real byline', () => {
    expect(author('', '<h1>标题</h1><div class="author-card">某某新闻网</div><div class="author">记者 张三</div>')).toBe('张三');
  });

  it('reads Chinese bylines printed after the headline', () => {
    expect(author('', '<h1>北京发布新规</h1><div>2024-09-27 来源：示例网 作者：张三</div><p>昨日上午，市政府发布新规。</p>')).toBe('张三');
    expect(author('', '<h1>北京发布新规</h1><p>本报讯（记者 李明 通讯员 王芳）正文开始</p>')).toBe('李明, 王芳');
  });

  it('reads bylines opening or closing the article text', () => {
    expect(author('', '<h1>标题</h1><p>正文</p>', '本报北京9月27日电（记者 赵六）正文……')).toBe('赵六');
    expect(author('', '<h1>标题</h1><p>正文</p>', '正文……市场秩序明显改善。(林洁)')).toBe('林洁');
  });

  it('never takes 来源 as the author', () => {
    expect(author('', '<h1>北京发布新规</h1><div>来源：某某网 2024-09-27</div>')).toBeNull();
  });

  it('uses the editor only when nothing else names anyone', () => {
    expect(author('', '<h1>标题</h1><div>来源：示例网 责任编辑：王五</div>')).toBe('王五');
    expect(author('', '<h1>标题</h1><div>作者：张三 责任编辑：王五</div>')).toBe('张三');
    expect(author('', '<h1>标题</h1><p>正文</p>', '正文。（责任编辑：赵六）')).toBe('赵六');
  });

  it('never gives a placeholder as the author', () => {
    expect(author('<meta name="author" content="admin">', '<h1>标题</h1><div>作者：张三</div>')).toBe('张三');
    expect(author('<meta name="author" content="admin">', '<h1>Title</h1><p>text</p>')).toBeNull();
  });

  it('gives the site\'s name only where the page declares it as the author, and last', () => {
    const site = '<meta property="og:site_name" content="Jane Doe Writes">';
    expect(author(`${site}<meta name="author" content="Jane Doe Writes">`, '<h1>Title</h1><p>text</p>')).toBe('Jane Doe Writes');
    expect(author('<meta property="og:site_name" content="示例新闻"><meta name="author" content="示例">', '<h1>标题</h1><div>编辑：王五</div>')).toBe('王五');
    expect(author(site, '<h1>Title</h1><div class="author">Jane Doe Writes</div><p>text</p>')).toBeNull();
    expect(author('', '<h1>标题</h1><div>作者：示例网</div><p>市政府昨日发布新规。</p>')).toBeNull();
  });

  it('prefers Dublin Core creator metas to a plain author meta', () => {
    expect(author('<meta name="author" content="Template Default"><meta property="dc:creator twitter:site_name" content="Jane Doe">', '')).toBe('Jane Doe');
  });

  it('skips an author meta naming the software that generated the page', () => {
    const head = '<meta name="generator" content="ForumKit 3.4"><meta name="author" content="ForumKit Team and UI Team">';
    expect(author(head, '<h1>Title</h1><p>text</p>')).toBeNull();
  });

  it('reads a byline printed just after the article, outside the extracted text', () => {
    // Long enough that the byline is out of reach of the text read after the headline.
    const paragraphs = Array.from({ length: 24 }, (_, i) => `第${i + 1}条措施明确了便民服务的办理流程和时限要求，编号${i + 1}。`);
    const body = `<h1>新规发布</h1><div>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</div>` +
      '<table><tr><td>编辑：王五</td><td>来源：示例日报</td><td>作者：张三 李四</td></tr></table>';
    expect(author('', body, paragraphs.join('\n\n'))).toBe('张三, 李四');
  });

  it('prefers the page\'s own 作者 label to reporters named in the reposted story', () => {
    expect(author('', '<h1>标题</h1><p>正文</p>', '本报讯（记者 张三）正文开始……\n\n正文结束。\n\n作者:blogger01 阅读(12)')).toBe('blogger01');
  });

  it('reads a blog\'s "posted by" line above the article', () => {
    const body = '<div>日志</div><div>读书笔记 reader88 发表于 2005-9-15 11:46:00</div><div>读书笔记</div>' +
      '<p>这本书讲的是一个小镇上发生的故事，人物众多，情节曲折动人。</p>';
    expect(author('', body, '读书笔记\n\n这本书讲的是一个小镇上发生的故事，人物众多，情节曲折动人。')).toBe('reader88');
  });

  it('reads a name on its own line under the headline', () => {
    expect(author('', '<p>正文</p>', '我的童年\n\n林小雨\n\n那是一个夏天，我们全家搬到了海边的小镇。')).toBe('林小雨');
  });

  it('falls back on a link to an author archive page', () => {
    const body = '<div class="side"><a href="/blog/?author=12" title="海风的博客">海风</a></div><h1>标题</h1><p>正文</p>';
    expect(author('', body)).toBe('海风');
  });

  it('returns null when nobody is named', () => {
    expect(author('', '<h1>Title</h1><p>text</p>')).toBeNull();
  });
});
