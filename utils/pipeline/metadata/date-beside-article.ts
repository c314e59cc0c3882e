// A labelled date printed right outside the extracted article: the byline row just above its first words or
// the post footer just below its last ones ("发表于 2024-09-27 12:40", "posted @ …"), as blog templates do.
import { findArticleEdges, type ArticleEdge, type PageText } from './article-edges';
import { findDateInText } from './find-date-in-text';

/**
 * Below the article, past these the text is comments, related posts or neighbour links, whose dates
 * ("发表于 …" on every comment) are not the article's.
 */
const THREAD_START = /发表评论|我要评论|网友评论|评论列表|相关(?:文章|阅读|新闻|链接|内容|日志)|上一篇|下一篇|推荐阅读|\bre:|\bleave a (?:reply|comment)|\brelated (?:posts|articles|stories)|\b(?:previous|next) (?:post|article)/i;

export function findDateBesideArticle(page: PageText, articleText: string): string | null {
  const { before, after } = findArticleEdges(page, articleText);
  return labelledDate(before) ?? labelledDate(after && cutAtThread(after));
}

function labelledDate(edge: ArticleEdge | null): string | null {
  if (!edge) return null;
  return findDateInText(edge.text, {
    requireLabel: true,
    accept: (index) => !edge.inCommentThreadAt(index),
  });
}

function cutAtThread(edge: ArticleEdge): ArticleEdge {
  const cut = THREAD_START.exec(edge.text)?.index;
  return cut === undefined ? edge : { ...edge, text: edge.text.slice(0, cut) };
}
