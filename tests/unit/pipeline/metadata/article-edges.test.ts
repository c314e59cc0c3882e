import { describe, expect, it } from 'vitest';
import { findArticleEdges, readPageText } from '../../../../utils/pipeline/metadata/article-edges';
import { makeDocument } from './make-document';

const FIRST = '这是文章的第一段，讲述了一次山间徒步的经过和沿途看到的风景。';
const LAST = '这是文章的最后一段，作者总结了这次旅行带来的感受与收获。';

const readArticleEdges = (doc: Document, articleText: string) => findArticleEdges(readPageText(doc), articleText);

describe('findArticleEdges', () => {
  const doc = makeDocument(`<body><div class="nav">首页 | 博客</div>
    <h2>山间徒步</h2><div class="meta">作者 发表于 2024-09-27</div>
    <div class="text"><p>${FIRST}</p><p>中间一段。</p><p>${LAST.slice(0, 10)}<b>${LAST.slice(10)}</b></p></div>
    <p class="foot">posted @ 2024-09-27 12:40 阅读(3)</p><div id="comments">评论</div></body>`);

  it('returns the text just before the first words and just after the last ones', () => {
    const edges = readArticleEdges(doc, `${FIRST}\n\n中间一段。\n\n${LAST}`);
    expect(edges.before?.text).toContain('发表于 2024-09-27');
    expect(edges.before?.text.endsWith('2024-09-27 ')).toBe(true);
    expect(edges.after?.text).toMatch(/^ posted @ 2024-09-27 12:40/);
  });

  it('tells which characters of an edge are printed in a comment thread', () => {
    const after = readArticleEdges(doc, `${FIRST}\n\n${LAST}`).after!;
    expect(after.inCommentThreadAt(after.text.indexOf('posted'))).toBe(false);
    expect(after.inCommentThreadAt(after.text.indexOf('评论'))).toBe(true);
  });

  it('finds the edges in page text read before extraction took the page apart', () => {
    const page = makeDocument(`<body><div class="meta">作者 发表于 2024-09-27</div><div class="text"><p>${FIRST}</p><p>${LAST}</p></div></body>`);
    const text = readPageText(page);
    page.body.replaceChildren();
    expect(findArticleEdges(text, `${FIRST}\n\n${LAST}`).before?.text).toContain('发表于 2024-09-27');
  });

  it('finds the body by a later line when the text opens with a headline printed apart from it', () => {
    const page = makeDocument(`<body><h1>山间徒步</h1><div>导航 链接 发布时间：2024-09-27</div><p>${FIRST}</p><p>${LAST}</p>
      <p>posted @ 2024-09-27</p></body>`);
    const edges = readArticleEdges(page, `山间徒步\n\n${FIRST}\n\n${LAST}\n\n（责任编辑：某某）`);
    expect(edges.before?.text).toMatch(/发布时间：2024-09-27 $/);
    expect(edges.after?.text).toMatch(/^ posted @ 2024-09-27/);
  });

  it('finds nothing when the article text is not in the page or is too short', () => {
    expect(readArticleEdges(doc, '这段文字并不在页面上出现，所以无法找到文章的边界位置。这段文字并不在页面上。')).toEqual({ before: null, after: null });
    expect(readArticleEdges(doc, '短')).toEqual({ before: null, after: null });
  });
});
