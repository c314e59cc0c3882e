// Wording of page furniture (share bars, copyright notices, related-article lists, app and
// WeChat promotions, view counters, breadcrumbs) on Chinese and English news sites.
// Each pattern applies only to short blocks: an article paragraph is never this short and this worded.

/** A block whose whole text starts like this is furniture, up to `maxChars`. */
export const FURNITURE_PREFIXES: ReadonlyArray<{ pattern: RegExp; maxChars: number }> = [
  { pattern: /^(版权声明|免责声明|版权所有|特别声明|转载声明|copyright\s*(©|\(c\)|notice)?)/i, maxChars: 400 },
  { pattern: /^(分享给朋友|分享到|分享至|分享本文|一键分享|share (this|on)\b)/i, maxChars: 120 },
  { pattern: /^(当前位置|您的位置|您现在的位置|你的位置|所在位置)\s*[:：]/, maxChars: 200 },
  { pattern: /^(责任编辑|责编|本文编辑)\s*[:：]/, maxChars: 60 },
  { pattern: /^(上一篇|下一篇|上一篇文章|下一篇文章|previous (post|article)|next (post|article))\s*[:：]?/i, maxChars: 200 },
  { pattern: /^(标签|tags?)\s*[:：]/i, maxChars: 150 },
];

/** Promotions: short blocks that ask the reader to scan, follow or install something. */
export const PROMOTION_WORDS = /微信号|关注.{0,8}公众号|公众号\s*[:：]|扫一扫|扫码|二维码|长按识别|长按\/扫|关注我们|下载客户端|下载APP/i;
export const MAX_PROMOTION_CHARS = 300;
/** A contact card may explain itself in one sentence; article text has more. */
export const MAX_PROMOTION_SENTENCES = 1;

/** View counters: `阅读 1234`, `浏览：44`, `44次浏览`, `1,024 views`. */
export const VIEW_COUNTER = /^(阅读|浏览|点击|阅读量|浏览量|点击量|人气|热度)\s*[:：]?\s*[\d,]+\s*(次)?$|^[\d,]+\s*(次浏览|次阅读|人阅读|阅读|浏览|views?)$/i;
export const MAX_VIEW_COUNTER_CHARS = 30;

/** Headings that open a list of other articles; the heading and what follows it go. */
export const RELATED_HEADING = /^(相关文章|相关阅读|相关新闻|相关推荐|推荐阅读|热门文章|热门推荐|热门阅读|延伸阅读|猜你喜欢|你可能感兴趣|更多阅读|最新文章|related (articles|posts|stories)|read more|more stories|you (may|might) also like)\s*[:：]?$/i;
export const MAX_HEADING_CHARS = 30;

/** A post-meta line ("admin 1年前 (2024-09-27) 分类 44"): short, holds a date, no sentence in it. */
export const DATE_IN_TEXT = /(19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}/;
export const SENTENCE_END = /[。！？!?]|\.\s/;
export const MAX_META_LINE_CHARS = 80;

/** class/id tokens of furniture containers. */
export const FURNITURE_CLASS = /(^|[\s_-])(share|sharing|social-?share|breadcrumbs?|crumbs?|related|relatedposts|recommend|copyright|qrcode|qr-code|post-views|view-?count|read-?count|entry-meta|post-meta|article-meta)([\s_-]|$)/i;
export const MAX_FURNITURE_CLASS_CHARS = 600;
