// Wording of page furniture (share bars, notices, related-article lists, page controls, app and WeChat
// promotions, view counters, breadcrumbs) on Chinese and English news sites, as classes of wording, never a
// site's name. Each pattern applies only to short blocks: an article paragraph is never this short and this worded.

/** A block whose whole text starts like this is furniture, up to `maxChars`. */
export const FURNITURE_PREFIXES: ReadonlyArray<{ pattern: RegExp; maxChars: number }> = [
  // Often set off in brackets: "【免责声明】本文仅代表作者本人观点…".
  { pattern: /^[【\[〔（(]?\s*(版权声明|版權聲明|免责声明|免責聲明|版权所有|版權所有|特别声明|特別聲明|转载声明|轉載聲明|copyright\s*(©|\(c\)|notice)?)/i, maxChars: 400 },
  // A bare "声明：" heads a site's standing disclaimer ("声明：本网登载此文出于传递更多信息之目的…").
  { pattern: /^(声明|聲明|严正声明|嚴正聲明|严正申明|嚴正申明)\s*[:：]/, maxChars: 200 },
  { pattern: /^(this (post|article|page|story) (may )?contains? affiliate|this (web)?site uses cookies|we use cookies)/i, maxChars: 300 },
  { pattern: /^(分享给朋友|分享到|分享至|分享本文|一键分享|复制成功|複製成功|share (this|on)\b)/i, maxChars: 120 },
  { pattern: /^(当前位置|您的位置|您现在的位置|你的位置|所在位置|目前位置)\s*[:：]/, maxChars: 200 },
  { pattern: /^(责任编辑|責任編輯|责编|責編|本文编辑)\s*[:：]/, maxChars: 60 },
  { pattern: /^(上一篇|下一篇|上一篇文章|下一篇文章|previous (post|article)|next (post|article))\s*[:：]?/i, maxChars: 200 },
  { pattern: /^(标签|標籤|tags?|关键词|關鍵詞|关键字|關鍵字|keywords?|本篇新闻热门关键词)\s*[:：]/i, maxChars: 150 },
  // One-line teasers for other stories ("SEE MORE: …", "[Related: …]", "Also on …").
  { pattern: /^\[?(related( posts?| articles?| stories| story)?|see more|see also|also|read more|more|recommended|watch|listen)\s*:/i, maxChars: 200 },
  { pattern: /^also on \S+\s/i, maxChars: 200 },
  // Contact lines of the site's newsroom ("电话：… 传真：…", "邮箱：…").
  { pattern: /^(电话|電話|传真|傳真|邮箱|郵箱|电子邮件|電子郵件|邮编|郵編|热线|熱線|联系电话|聯繫電話|报料热线|爆料热线)\s*[:：]/, maxChars: 120 },
  // How to cite the page, under science news: "Citation: <title> (2019, November 18) retrieved … from <url>".
  { pattern: /^(citation|cite this (article|page|story)|how to cite)\s*:/i, maxChars: 400 },
];

/**
 * Teasers for other stories are cut short before their "details" link: "【标题】摘要…… [详情]". An article's
 * own paragraph may end with a link to more on its subject ("…获得提名。【详细】"), but is never cut short.
 */
export const TEASER_ENDING = /(^|\.{3,}|…|⋯)\s*[[【(（](详情|詳情|全文|更多|详细|詳細|阅读全文|閱讀全文|more)[\]】)）]$/i;
export const MAX_TEASER_CHARS = 160;

/** Promotions: short blocks that ask the reader to scan, follow, subscribe or install something. */
export const PROMOTION_WORDS = /微信号|关注.{0,8}公众号|公众号\s*[:：]|扫一扫|扫码|二维码|長按識別|长按识别|长按\/扫|关注我们|下载客户端|下载APP|上手机|(短信|微博|微信|电话)\s*#?爆料|爆料(热线|電話|电话|邮箱)|(開設|开设|登陸|登陆).{0,12}(專頁|专页)|(開了|开了|開設|开设).{0,12}(google\s*(plus|\+)|facebook)|^(subscribe|sign up|get (the|our) .{0,20}newsletter|follow us|join (our|us)|click here to subscribe)\b|^follow @?[\w.]+( [\w.]+){0,3} on( [\w,]+)*\s*(twitter|facebook|instagram|youtube|tiktok|linkedin)\b/i;
export const MAX_PROMOTION_CHARS = 300;
/** A contact card may explain itself in one sentence; article text has more. */
export const MAX_PROMOTION_SENTENCES = 1;

/**
 * Standing notices: reprint terms, disclaimers, rights reserved, feedback invitations. Worded as the site
 * speaking of itself ("本网", "不得转载"), not as a story about copyright; a notice runs a sentence or two.
 */
export const NOTICE_WORDS = /未[经經]本[网網站报報社刊](书面)?(授权|授權|许可|許可|同意)|不得(转载|轉載)|(严禁|嚴禁|禁止|谢绝|謝絕)(转载|轉載)|转载请注明|轉載請註明|不代表本(网|網|站|报|報|刊)|并不意味着赞同|並不意味著贊同|版[权權](归|歸)[^，。,]{0,16}所有|如有侵[权權]|(意见|意見)或(建议|建議)[^。]{0,16}(反馈|反饋)|all rights reserved|(is|are) subject to copyright|no part (of it )?may be reproduced/i;
export const MAX_NOTICE_CHARS = 300;
export const MAX_NOTICE_SENTENCES = 2;

/**
 * Page controls: print, share, comment, font-size, vote and paging buttons, loading notes and gallery counters. A
 * line made of nothing but these words, separators and counts ("字号：T|T", "转发|收藏|评论", "[打印]", "Comments",
 * "Advert", "圖片 1 / 2") is furniture.
 * A word that starts with a shorter one ("复制地址", "复制") comes first, or the shorter one leaves its rest behind.
 */
export const PAGE_CONTROL_WORDS = /复制地址|複製地址|新闻订阅|新聞訂閱|分享工具|打印本页|打印|列印|我要评论|发表评论|發表評論|评论|評論|共享|分享|转发|轉發|收藏|复制链接|复制|複製|关闭窗口|关闭|關閉|返回顶部|返回|顶部|頂部|字号|字號|字体|字體|推荐|推薦|举报|舉報|纠错|糾錯|跟贴|跟帖|回复|回覆|盖楼|蓋樓|点赞|點讚|评分|評分|已评|读取中|讀取中|正在加载中|正在加載中|正在载入|正在載入|加载中|載入中|点击|點擊|进入|進入|浏览|瀏覽|全文|查看|原图|大图|上一页|下一页|首页|尾页|欢迎|歡迎|写进博客|发起话题|提问作者|邮件|郵件|订阅|訂閱|手机报|手機報|最大字型|最小字型|字型|轉寄|转寄|引用|放大圖片|放大图片|图片|圖片|照片|skip to (main )?content|back to top|view comments|leave a comment|print|e-?mail|shares?|tweet|comments?|facebook|twitter|whatsapp|linkedin|reddit|pinterest|bookmark|subscribe|advert(isement)?|reply|close|menu|loading|report (an )?error|image|caption|of|[大中小顶踩票人T]/gi;
export const CONTROL_SEPARATORS = /[\s\p{P}\p{S}\d]+/gu;
export const MAX_CONTROL_LINE_CHARS = 40;
/** Reaction buttons with their counts: "给力(0票)", "标题党(12票)". */
export const VOTE_BUTTON = /^[\p{L}]{1,4}\s*[（(]\s*\d+\s*票\s*[)）]$/u;
/** Rating widgets: "请您对该文章评分：". */
export const RATING_PROMPT = /^(请您?)?对(该|此|本)?(篇)?(文章|新闻|新聞|内容)?(评分|評分|打分|评价|評價)/;

/** View counters: `阅读 1234`, `浏览：44`, `44次浏览`, `點閱(2345)`, `1,024 views`. */
export const VIEW_COUNTER = /^(阅读|閱讀|浏览|瀏覽|点击|點擊|點閱|阅读量|浏览量|点击量|人气|人氣|热度|熱度)\s*[:：(（]?\s*[\d,]+\s*[)）]?\s*(次)?$|^[\d,]+\s*(次浏览|次阅读|人阅读|阅读|浏览|views?|reads?)$/i;
export const MAX_VIEW_COUNTER_CHARS = 30;
/** The same count in a sentence: "您是本文第 154 个阅览者", "(本文已被阅读178次)". */
export const READER_COUNT = /第\s*\d+\s*(个|個|位)(阅览|閱覽|阅读|閱讀|访问|訪問|浏览|瀏覽)?者|(已被|被)(阅读|閱讀|浏览|瀏覽|点击|點擊|查看)\s*\d+\s*次/;
export const MAX_READER_COUNT_CHARS = 60;

/** Headings that open a list of other articles; the heading and what follows it go. Decorations around them are allowed. */
export const RELATED_HEADING = /^[■□●◆◇▲►▶·•・※\-—=*\s【[]*(没有相关新闻|暂无相关新闻|更多相关搜索|相关搜索|相关文章|相關文章|相关阅读|相關閱讀|相关新闻|相關新聞|相关报道|相關報導|相关链接|相關連結|相关专题|相關專題|相关推荐|相關推薦|推荐阅读|推薦閱讀|热门文章|熱門文章|热门推荐|热门阅读|延伸阅读|延伸閱讀|猜你喜欢|你可能感兴趣|更多阅读|更多关于|更多相关|最新文章|新闻精选|新聞精選|[\p{scx=Han}]{2,4}新闻精选|精彩推荐|精彩图片|图片推荐|热点推荐|视觉焦点|大家都在看|编辑推荐|今日推荐|related (articles|posts|stories|coverage|content)|read more|more stories|more great .{1,30} stories|more (news |stories |articles )?from .{1,30}|tags|标签|標籤|don'?t miss|you (may|might) also like|recommended (for you|stories|reading)|most (read|popular)|editors'? picks)[】\]\-—=*\s:：.…》>]*$/iu;
export const MAX_HEADING_CHARS = 40;

/** A post-meta line ("admin 1年前 (2024-09-27) 分类 44", "Posted: Fri 6:45 PM, Feb 16, 2018"): short, holds a date, no sentence. */
export const DATE_IN_TEXT = /(19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}|\b\d{1,2}\.\d{1,2}\.(19|20)\d{2}\b|\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(st|nd|rd|th)?,?\s+(19|20)\d{2}\b|\b\d{1,2}\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,?\s+(19|20)\d{2}\b|\d+\s*(分钟|分鐘|小时|小時|天)前/i;
export const SENTENCE_END = /[。！？!?]|\.\s/;
export const MAX_META_LINE_CHARS = 80;

/** class/id tokens of furniture containers: also newsletter sign-up boxes and the author's bio under the story. */
export const FURNITURE_CLASS = /(^|[\s_-])(share|sharing|social-?share|breadcrumbs?|crumbs?|related|relatedposts|recommend|copyright|qrcode|qr-code|post-views|view-?count|read-?count|entry-meta|post-meta|article-meta|newsletter|signup|sign-up|bio|author-bio|about-the-author)([\s_-]|$)/i;
export const MAX_FURNITURE_CLASS_CHARS = 600;

/**
 * A page's side column by its class or id ("right", "rightCon", "side_box", "sidebar-widgets"); a utility class
 * that floats something right ("pull-right", "text-right") is not one. Readability never cleans away a block
 * holding a table it takes for data, so a column with a stock-quote box stays with the story it wraps.
 */
export const SIDE_COLUMN_CLASS = /(^|\s)(right|side|aside)[a-z\d]*([-_][a-z\d]+)*(\s|$)/i;
/** A side column is mostly links: headlines, rankings, quotes that link to their pages. A story's column is not. */
export const MIN_SIDE_COLUMN_LINK_SHARE = 0.3;
