import { describe, expect, it } from 'vitest';
import { readPageText } from '../../../../utils/pipeline/metadata/article-edges';
import { findDateBesideArticle as besidePageText } from '../../../../utils/pipeline/metadata/date-beside-article';
import { makeDocument } from './make-document';

const BODY = '承蒙朋友邀请，今天开始在这里写博客，主要记录编程学习中的心得与体会。';
const END = '希望以后和各位多多交流，也欢迎大家留言讨论这些问题。';
const ARTICLE = `${BODY}\n\n${END}`;
const page = (before: string, after: string): Document =>
  makeDocument(`<body><form><h2>很高兴来到这里</h2>${before}<div class="post"><p>${BODY}</p><p>${END}</p></div>${after}</form></body>`);

const findDateBesideArticle = (doc: Document, articleText: string) => besidePageText(readPageText(doc), articleText);

describe('findDateBesideArticle', () => {
  it('reads a post footer printed right after the article', () => {
    expect(findDateBesideArticle(page('', '<p class="postfoot">发表于 2004年12月27日 12:40 - (阅读:37;评论:6)</p>'), ARTICLE)).toBe('2004-12-27T12:40');
    expect(findDateBesideArticle(page('', '<div>作者:someone 阅读(16) 评论(5) 编辑 发表于:2005-07-31 12:30</div>'), ARTICLE)).toBe('2005-07-31T12:30');
  });

  it('reads a labelled byline row right before the article', () => {
    expect(findDateBesideArticle(page('<div>someone 发表于 2005-9-15 11:46:00</div>', ''), ARTICLE)).toBe('2005-09-15T11:46:00');
  });

  it('needs a label: a bare date beside the article may be anything', () => {
    expect(findDateBesideArticle(page('<div>2005-9-15</div>', '<div>2005-09-16</div>'), ARTICLE)).toBeNull();
  });

  it('does not take dates of comments or related posts below the article', () => {
    const comments = '<div id="comments"><div class="comment-body">网友A 发表于 2005-01-02 10:00</div></div>';
    expect(findDateBesideArticle(page('', comments), ARTICLE)).toBeNull();
    expect(findDateBesideArticle(page('', '<div>发表评论</div><div>网友A 发表于 2005-01-02 10:00</div>'), ARTICLE)).toBeNull();
    expect(findDateBesideArticle(page('', '<h3>相关文章</h3><li>另一篇 发布时间 2005-01-02</li>'), ARTICLE)).toBeNull();
  });
});
