// Turns a raw byline ("By Jane Doe | 3 min read", "作者：张三 来源：示例网") into a name, or null when the
// value is not a name at all. Placeholders, editors and site-name echoes are kept but marked weak, with why:
// the caller decides which of them may stand in when no better source names a person.
import { cleanText } from './clean-text';
import { scanDates } from './scan-dates';
import { matchesSiteName } from './site-name-match';

/** Latin bylines with several authors stay below this; longer text is a bio or a sentence. */
const MAX_AUTHOR_CHARS = 80;
/** Chinese names are 2–4 characters, pen names and short lists a little longer; beyond this it is prose. */
const MAX_CJK_AUTHOR_CHARS = 20;
/** One Chinese name, pen name or outlet in a list; a longer unbroken run is a phrase ("如何保持水嫩肌膚"). */
const MAX_CJK_NAME_PART_CHARS = 8;
/** Raw text read; a byline is short, whatever the element holds after it. */
const MAX_RAW_CHARS = 300;

const LEADING_LABEL = /^(?:(?:posted|written|reported|edited|words|story|text|photos?|analysis|commentary|opinion|review|interview)\s+by\b|by\b|author\b|作者|撰文|撰稿|文(?=\s{0,2}[/／|｜:：])|(?:本报|本刊|[\u4e00-\u9fff]{1,6}(?:社|台|网|报|報))?[记記]者)\s{0,2}[:：/／╱|｜]?\s*/i;
/** "Текст: …", "Autor: …": one word and a colon before the name is a label in any language. */
const ANY_WORD_LABEL = /^\p{L}{2,12}\s?[:：]\s*(?=\S)/u;
/** A byline element may open with other labels ("本文栏目：消费 作者：李宝花", "聯合報╱記者張三"). */
const INNER_LABEL = /(?:(?:作者|撰文|撰稿)\s{0,2}[:：]|(?:^|[\s╱/／|｜])[记記]者\s{0,2}[:：]?)\s{0,2}(?=[\u4e00-\u9fffA-Za-z])/;
/** How far into the text an inner label is looked for; further on it is prose. */
const INNER_LABEL_MAX_INDEX = 30;
/** An editor credit is a last resort for the author field, like a placeholder. */
const EDITOR_LABEL = /^(?:责任编辑|責任編輯|责编|責編|编辑|編輯|edited\s+by\b|editor\s{0,2}[:：])/i;
const SOURCE_LABEL = /^(?:来源|來源|出处|出處|稿源|source|via)\s{0,2}[:：]/i;
/**
 * Where a byline's name ends: separators, brackets ("John Smith (Wire Service)", "《某某周刊》") and Chinese
 * labels. A middle dot ends it only between spaces: unspaced, it joins transliterated names (阿卜杜·热合曼).
 */
const NAME_END = /\s*(?:[|｜•【】[\]（）()《》／╱]|\s[-–—·]\s|报道|報道|報導|报导|来源|來源|时间|時間|日期|发布|發佈|发表|發表|责任编辑|責任編輯|编辑|編輯|出处|浏览|瀏覽|点击|點擊|阅读|閱讀|评论|評論|字号|\blast\s+(?:updated|modified)\b|\bpublished\b|\bupdated\b|\bposted\b)/i;
const OPENING_WRAPPERS = /^[[【〔（(「『\s]+/;
const CLOSING_WRAPPER = /[\]】〕）)」』]$/;
const OPENERS = /[[【〔（(「『]/g;
const CLOSERS = /[\]】〕）)」』]/g;
/** List bullets and decorations pages put before a byline ("■ 张三", "» Jane Doe"). */
const LEADING_DECORATION = /^[■□●○◆◇▲△▼▽★☆►▶»›•·\-–—>\s]+/;
/**
 * Brackets that belong to the byline rather than ending it: a co-author note ("Jane Doe (with John Roe)"),
 * a lower-case handle ("史蒂文的家 (stevenhgm)"), or initials inside a name ("Richard (R.J.) Eskow").
 * "John Smith (Wire Service)" and "(AP)" still end the name.
 */
const KEPT_BRACKET = /^\s*\((?:(?:with|avec|mit|con|com|met|med|och)\s[^()]{2,60}\)|@?[a-z0-9_.]{2,30}\)(?=\s*$)|(?:[A-Z]\.){1,3}\)(?=\s+[A-Z]))/;
/**
 * Words of page furniture that byline-like elements show instead of a name: counters and links of an
 * author card ("文章 总阅读"), print and share links, "更多新闻", and role words left beside a name ("张三 编译").
 */
const FURNITURE_WORD = /^(?:打印|关闭|關閉|顶部|頂部|收藏|分享|评论|評論|详情|詳情|阅读|閱讀|总|總|粉丝|粉絲|关注|關注|订阅|訂閱|主页|主頁|首页|首頁|简介|簡介|登录|登錄|注册|註冊|搜索|推荐|推薦|专栏|專欄|全文|正文|上一篇|下一篇|编译|編譯|整理|翻译|翻譯|摄影|攝影|摄|攝|报道|報導|供稿)$|^(?:更多|查看|点击|點擊|返回)/;
/** A name never contains these: "该作者文章", "作者简介", "目前共有网友", nor opens in the first person ("我要说说"). */
const NOT_IN_NAME = /作者|作品|文章|简介|簡介|专栏|專欄|网友|網友|共有|^我/;
/** What is left between a name and the date it was cut from: "on", "at", a weekday. */
const TRAILING_DATE_WORDS = /(?:[\s,]+(?:on|at|(?:mon|tues|wednes|thurs|fri|satur|sun)day|mon|tue|wed|thu|fri|sat|sun)\.?)+[\s,]*$/i;
/** Words per person in a Latin byline ("Steven Davidoff Solomon", "Bruce Y. Lee"); more is a sentence. */
const MAX_WORDS_PER_NAME = 5;
const TRAILING_PUNCTUATION = /[\s,;:，；：、。.\-–—]+$/;
const CJK_GLOBAL = /[\u3400-\u4dbf\u4e00-\u9fff]/g;
const PLACEHOLDERS = new Set([
  'admin', 'administrator', 'root', 'user', 'guest', 'editor', 'staff', 'unknown', 'anonymous', 'none', 'null',
  'undefined', 'n/a', 'na', 'robot', 'system', 'webmaster', 'newsroom',
  '佚名', '匿名', '未知', '管理员', '本站', '小编', '网友',
]);
/** Chinese names of outlets and desks end this way (示例经济网 财经频道, 某某通讯社); a person's never does. */
const ORGANISATION_SUFFIX = /(?:网|網|频道|頻道|新闻|新聞|日报|日報|晚报|晚報|早报|早報|时报|時報|社|电台|電台|电视台|電視台|中心|编辑部|編輯部|杂志|雜誌|周刊|週刊)$/;

/** Why a value is a poor author: a placeholder ("admin"), an editor credit, or the site or an outlet. */
export type WeakReason = 'placeholder' | 'editor' | 'site';

export interface AuthorCandidate {
  name: string;
  /** False for a person's name; otherwise why it is usable only when nothing better exists. */
  weak: WeakReason | false;
}

export function cleanAuthor(raw: string | null | undefined, siteNames: readonly string[] = []): AuthorCandidate | null {
  let text = unwrap(cleanText(raw).slice(0, MAX_RAW_CHARS).replace(LEADING_DECORATION, ''));
  if (!text || SOURCE_LABEL.test(text)) return null;
  const editorCredit = EDITOR_LABEL.test(text);
  for (let i = 0; i < 2 && LEADING_LABEL.test(text); i++) text = text.replace(LEADING_LABEL, '');
  text = text.replace(ANY_WORD_LABEL, '');
  const inner = INNER_LABEL.exec(text);
  if (inner && inner.index > 0 && inner.index <= INNER_LABEL_MAX_INDEX) text = text.slice(inner.index + inner[0].length);
  if (SOURCE_LABEL.test(text)) return null;

  const labelEnd = nameEnd(text);
  // "人氣(23925)", "Comments (12)": a count right after the word means a counter, not a byline.
  if (labelEnd >= 0 && /^\s*[(（]\s*\d/.test(text.slice(labelEnd))) return null;
  if (labelEnd >= 0) text = text.slice(0, labelEnd);
  const date = scanDates(text)[0];
  if (date) text = text.slice(0, date.index).replace(TRAILING_DATE_WORDS, '');
  text = unwrap(text.replace(TRAILING_PUNCTUATION, ''));

  // Pages pad two-character names to the width of three: "赵 培".
  if (/^[\u4e00-\u9fff] [\u4e00-\u9fff]$/.test(text)) text = text.replace(' ', '');
  if (!isNameLike(text) || isFurniture(text)) return null;
  return { name: text, weak: weakReason(text, editorCredit, siteNames) };
}

/** Strips brackets wrapping the whole value ("[ 黄宇 ]"), keeping a closing one that pairs with an opening inside. */
function unwrap(value: string): string {
  let text = value.replace(OPENING_WRAPPERS, '').trim();
  while (CLOSING_WRAPPER.test(text) && (text.match(CLOSERS)?.length ?? 0) > (text.match(OPENERS)?.length ?? 0)) {
    text = text.slice(0, -1).trimEnd();
  }
  return text;
}

function weakReason(name: string, editorCredit: boolean, siteNames: readonly string[]): WeakReason | false {
  if (editorCredit) return 'editor';
  if (PLACEHOLDERS.has(name.toLowerCase())) return 'placeholder';
  if (matchesSiteName(name, siteNames) || name.split(/[\s,，、]+/).some((part) => ORGANISATION_SUFFIX.test(part))) return 'site';
  return false;
}

/** Where the name ends (NAME_END), stepping over the brackets that are part of it; -1 when it runs on. */
function nameEnd(text: string): number {
  let from = 0;
  for (;;) {
    const found = text.slice(from).search(NAME_END);
    if (found < 0) return -1;
    const at = from + found;
    const kept = KEPT_BRACKET.exec(text.slice(at));
    if (!kept) return at;
    from = at + kept[0].length;
  }
}

function isFurniture(name: string): boolean {
  return NOT_IN_NAME.test(name) || name.split(/[\s,，、]+/).some((part) => FURNITURE_WORD.test(part));
}

function isNameLike(text: string): boolean {
  if (!text || text.length > MAX_AUTHOR_CHARS) return false;
  const cjk = text.match(CJK_GLOBAL)?.length ?? 0;
  if (cjk * 2 >= text.length) {
    if (text.length > MAX_CJK_AUTHOR_CHARS || /\d/.test(text)) return false;
    if (text.split(/[\s,，、]+/).some((part) => part.length > MAX_CJK_NAME_PART_CHARS)) return false;
  }
  if (/^(?:https?:|\/\/)/i.test(text) || /www\.|:\/\/|\S@\S+\.\S/i.test(text)) return false;
  if (/^(?:[a-z0-9-]+\.)+[a-z]{2,6}(?:\/\S*)?$/i.test(text) || /[a-z0-9-]{2,}\.(?:com|net|org|cn|tw|hk|io)\b/i.test(text)) return false;
  if (/[{}<>%=]/.test(text) || /\d{3}/.test(text)) return false;
  if (cjk * 2 < text.length) {
    const people = text.split(/\s*(?:[,;&()]|\b(?:and|et|with|avec|mit|con)\b)\s*/i);
    if (people.some((person) => person.split(/\s+/).length > MAX_WORDS_PER_NAME)) return false;
  }
  return /\p{L}/u.test(text);
}
