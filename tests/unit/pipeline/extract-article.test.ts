import { describe, expect, it } from 'vitest';
import { extractArticle } from '@/utils/pipeline/extract-article';
import { siteRuleSchema, type SiteRule } from '@/utils/site-rules/site-rule';
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

describe('extractArticle on a document handed over by the caller', () => {
  const { html, meta } = fixturePage<NewsMeta>('seed-004-news');
  const fromCopy = extractArticle(documentFrom(html, meta.url), { url: meta.url }).article;

  it('gives the same clip as working on a copy: text, title, date, byline', () => {
    const { article } = extractArticle(documentFrom(html, meta.url), { url: meta.url, consumeDocument: true });
    const { content: _a, ...consumed } = article;
    const { content: _b, ...copied } = fromCopy;
    expect(consumed).toEqual(copied);
  });

  it('reads the byline and the post footer from the page before taking it apart', () => {
    const first = '清晨时分，我们从山脚的村庄出发，沿着溪水边的石板路向上走，空气里满是松针的味道，几位早起的村民正在田里忙碌，远处的山峰还笼罩在薄雾之中。';
    const second = '正午时分，我们在半山腰的凉亭里歇脚，一位卖茶的老人给我们讲起这条古道的来历：百年前挑夫们就是从这里把山货运到城里，换回盐和布匹。';
    const third = '傍晚时分，夕阳把整片竹林染成金色，我们终于走到了山顶的观景台，回头望去，来时的小路像一条细线蜿蜒在群山之间，大家都说这一趟走得值得。';
    const fourth = '下山的路比想象中难走，天色渐暗，我们打开头灯，一步一步踩着湿滑的台阶往下挪，林子里不时传来几声鸟叫，反倒让人觉得安心了许多。';
    const fifth = '回到村里已是晚上八点，民宿的主人端上一锅热腾腾的腊肉炖笋，大家围坐在火塘边，翻看白天拍下的照片，约好明年春天再来走一次这条古道。';
    const page = `<html><head><title>山间徒步 - 某博客</title></head><body><div class="nav"><a href="/">首页</a> | <a href="/blog">博客</a></div>
      <h2>山间徒步</h2><div class="byline"><span class="author">张三</span></div>
      <div class="post"><p>${first}</p><p>${second}</p><p>${third}</p><p>${fourth}</p><p>${fifth}</p></div>
      <p class="postfoot">发表于 2024年9月27日 12:40 - (阅读:37;评论:6)</p></body></html>`;
    const copied = extractArticle(documentFrom(page), { url: 'https://example.com/p/1' }).article;
    const consumed = extractArticle(documentFrom(page), { url: 'https://example.com/p/1', consumeDocument: true }).article;
    expect(copied.author).toBe('张三');
    expect(copied.published).toBe('2024-09-27T12:40');
    expect([consumed.author, consumed.published]).toEqual([copied.author, copied.published]);
  });

  it('still falls back to the largest block and to the whole body once Readability has been through it', () => {
    const block = '这是一个很短但真实的公告内容，需要被完整保留。'.repeat(6);
    const withBlock = extractArticle(documentFrom(`<body><div class="comment">short</div><td><div>${block}</div></td></body>`), {
      url: 'https://example.com/', consumeDocument: true,
    });
    expect(withBlock.article.text).toContain('这是一个很短但真实的公告内容');
    const bare = extractArticle(documentFrom('<body>Just a few words.</body>'), { url: 'https://example.com/', consumeDocument: true });
    expect(bare.article.text).toBe('Just a few words.');
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
  const rule = (overrides: Partial<SiteRule>): SiteRule => siteRuleSchema.parse({ name: 'Example', patterns: ['example.com'], ...overrides });

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

describe('extractArticle with a rule that turns Readability off', () => {
  const page = `<body><h1>Headline</h1><div class="story">
    <p>${'The story as the site prints it, kept whole. '.repeat(6)}</p>
    <div class="share">Share this story</div>
    <p><img src="/img/blank.gif" data-src="/img/photo.jpg" alt="Photo"></p>
    <div class="ad">Advertisement</div></div></body>`;
  const rule = (useReadability: boolean): SiteRule =>
    siteRuleSchema.parse({ name: 'As is', patterns: ['example.com'], contentSelector: '.story', removeSelectors: ['.ad'], useReadability });

  it('takes the content element as it is, with the rule’s removals and lazy images resolved', () => {
    const { article } = extractArticle(documentFrom(page), { url: 'https://example.com/news/1.html', rule: rule(false) });
    expect(article.method).toBe('rule');
    expect(article.text).toContain('Share this story');
    expect(article.text).not.toContain('Advertisement');
    expect(article.content.querySelector('img')?.getAttribute('src')).toBe('https://example.com/img/photo.jpg');
  });

  it('lets Readability and the furniture passes clean the same element when left on', () => {
    const { article } = extractArticle(documentFrom(page), { url: 'https://example.com/news/1.html', rule: rule(true) });
    expect(article.method).toBe('rule');
    expect(article.text).not.toContain('Share this story');
  });
});

describe('extractArticle with field selectors', () => {
  const page = `<head><title>Wrong title | Example</title><meta name="author" content="Meta Author">
      <meta property="og:image" content="https://cdn.example.com/og.jpg"></head>
    <body><div class="meta"><span class="by">By Jane Roe | 3 min read</span><time datetime="2024-03-05T08:00:00+08:00">5 March</time>
      <span class="shown-date">2024年3月6日 09:30</span></div>
    <h2 class="headline">  The real
       headline </h2>
    <article><p>${'Body text of the article, long enough for Readability to keep it. '.repeat(10)}</p>
      <img class="lead" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" data-src="/img/lead.jpg"></article></body>`;
  const url = 'https://example.com/news/1.html';
  const rule = (fieldSelectors: SiteRule['fieldSelectors'], removeSelectors: string[] = []): SiteRule =>
    siteRuleSchema.parse({ name: 'Fields', patterns: ['example.com'], fieldSelectors, removeSelectors });

  it('overrides the heuristics with what the selectors point at, cleaned like the heuristics’ values', () => {
    const fields = { title: '.headline', author: '.by', published: 'time', image: 'img.lead' };
    const { article, warnings } = extractArticle(documentFrom(page, url), { url, rule: rule(fields) });
    expect(warnings).toEqual([]);
    expect(article).toMatchObject({ title: 'The real headline', author: 'Jane Roe', published: '2024-03-05T08:00:00+08:00', image: 'https://example.com/img/lead.jpg' });
  });

  it('reads a date from the text when the element has no machine-readable one, and an image from a meta tag', () => {
    const { article } = extractArticle(documentFrom(page, url), { url, rule: rule({ published: '.shown-date', image: 'meta[property="og:image"]' }) });
    expect(article.published).toBe('2024-03-06T09:30');
    expect(article.image).toBe('https://cdn.example.com/og.jpg');
  });

  it('reads the fields before the rule’s removals and Readability take the page apart', () => {
    const doc = documentFrom(page, url);
    const { article } = extractArticle(doc, { url, consumeDocument: true, rule: rule({ author: '.by', published: 'time' }, ['.meta']) });
    expect(article).toMatchObject({ author: 'Jane Roe', published: '2024-03-05T08:00:00+08:00' });
    expect(article.text).not.toContain('Jane Roe');
  });

  it('keeps the heuristic value and warns, naming rule and field, when a selector finds nothing usable', () => {
    const { article, warnings } = extractArticle(documentFrom(page, url), {
      url,
      rule: rule({ author: '.nobody', published: '.headline', image: 'img[' }),
    });
    expect(article).toMatchObject({ author: 'Meta Author', image: 'https://cdn.example.com/og.jpg' });
    expect(article.published).not.toBeNull();
    expect(warnings).toEqual([
      'Rule "Fields": the author selector ".nobody" matched nothing; the author found automatically was kept.',
      'Rule "Fields": the published selector ".headline" found no date in what it matched; the date found automatically was kept.',
      'Rule "Fields": "img[" is not a valid CSS selector; it was ignored.',
    ]);
  });
});
