// Chinese news often closes with the reporter's name in brackets: "……(林洁)", "（记者 张三 李四）",
// "（张三 上海报道）", or the editor's: "（责任编辑：王五）". Reads only the last bracket of the text; "(完)",
// "(图)" and links left in the text ("[打印]") are not names.

/** Only the very end of the article is read. */
const CLOSING_TAIL_CHARS = 60;
/** Names in a closing bracket are ordinary Chinese names. */
const MIN_NAME_CHARS = 2;
const MAX_NAME_CHARS = 4;

const CLOSING_BRACKET = /[（(【[]([^（()）【】[\]]{2,40})[)）】\]]\s*$/;
const EDITOR_LABEL = /^\s*(?:责任编辑|責任編輯|责编|責編|编辑|編輯)/;
const ROLE_LABELS = /(?:本报|本報)?(?:记者|記者|通讯员|通訊員|实习生|實習生|作者|摄影|攝影|责任编辑|責任編輯|责编|責編|编辑|編輯)\s{0,2}[:：/]?/g;
const NAME = /^[\u3400-\u4dbf\u4e00-\u9fff·]+$/;
/** Closing words that are not names: end marks, stage notes, and organisations (…网, …社). */
const NOT_A_NAME = /^(?:完|待续|待續|未完|全文完|图|圖|组图|組圖|视频|視頻|原标题|原標題|资料图|資料圖|本文完|掌声|掌聲|笑声|笑聲|鼓掌|下同|同上|配图|配圖|编者按|編者按|打印|关闭|關閉|返回|顶部|頂部|收藏|分享|评论|評論|详情|詳情|更多|推荐|推薦|纠错|糾錯|举报|舉報)$|(?:网|網|社|报|報|台|刊|部|局|办|辦|站|委|会|會|所|院|中心)$/;
/** The dateline after the names: "（张三 上海报道）", "(李四 北京电)". */
const DATELINE = /\s[\u4e00-\u9fff]{2,6}(?:报道|報道|報導|电|電)$/;
const SOURCE_WORDS = /来源|來源|摘自|据|據|转自|轉自|稿件|图片|圖片/;

export interface ClosingName {
  authors: string[];
  editors: string[];
}

export function findClosingName(articleText: string | undefined): ClosingName {
  const tail = (articleText ?? '').trimEnd().slice(-CLOSING_TAIL_CHARS);
  const match = CLOSING_BRACKET.exec(tail);
  const inside = match?.[1];
  if (!inside || SOURCE_WORDS.test(inside)) return { authors: [], editors: [] };
  const editor = EDITOR_LABEL.test(inside);
  const names = inside
    .replace(DATELINE, '')
    .replace(ROLE_LABELS, ' ')
    .split(/[\s、，,]+/)
    .filter(Boolean);
  const valid = names.length > 0 && names.every((name) =>
    NAME.test(name) && name.length >= MIN_NAME_CHARS && name.length <= MAX_NAME_CHARS && !NOT_A_NAME.test(name));
  if (!valid) return { authors: [], editors: [] };
  return editor ? { authors: [], editors: names } : { authors: names, editors: [] };
}
