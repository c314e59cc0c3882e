// An author's name printed on a line of its own at the top of the article, under the headline or over a
// subtitle ("我是怎样卷入八九民运的 / 茉莉 / 正文…", "胡平 / ——当代中国的精神危机"), as essays and papers
// print it. Taken only among the first lines, when every line above it reads as a heading and text follows;
// as the very first line (no headline above to vouch for it) only a name opening with a common surname.
import { startsWithSurname } from './chinese-surname';

/** Headline, a repeated headline, the name: a name further down is part of the text. */
const MAX_LINES_BEFORE = 2;
/** A line above the name longer than this, or ending a sentence, is text rather than a heading. */
const MAX_HEADING_CHARS = 40;
/** What follows the name is a subtitle or the text; a short line there means a list (tags, menu items). */
const MIN_NEXT_LINE_CHARS = 8;

/** One to four Chinese names of 2–4 characters, separated the way author lists are. */
const NAME_LINE = /^[\u4e00-\u9fff·]{2,4}(?:\s?[、，,]\s?[\u4e00-\u9fff·]{2,4}|\s[\u4e00-\u9fff·]{2,4}){0,3}$/;
/** A line above the name ending this way is a sentence or a teaser cut short, not a headline. */
const NOT_A_HEADING_END = /[。！？!?；;：:，,…]$|\.\.\.$/;
/** Short lines that head sections or name roles, desks, places and page parts, never people. */
const NOT_A_NAME = /^(?:摄影|攝影|记者|記者|作者|编辑|編輯|责编|責編|通讯员|通訊員|实习生|實習生|来源|來源|撰文|图文|圖文|文字|整理|编译|編譯|翻译|翻譯|供稿|前言|引言|引子|序言|序|楔子|摘要|内容摘要|內容摘要|提要|内容提要|導讀|导读|导语|導語|核心提示|编者按|編者按|按语|按語|目录|目錄|正文|全文|简介|簡介|概述|概要|背景|结语|結語|结论|結論|小结|小結|附录|附錄|后记|後記|注释|註釋|参考文献|參考文獻|图片|圖片|组图|組圖|视频|視頻|专题|專題|评论|評論|观点|觀點|热点|熱點|推荐|推薦|独家|獨家|快讯|快訊|原创|原創|转载|轉載|新闻|新聞|要闻|要聞|时政|時政|国内|國內|国际|國際|社会|社會|财经|財經|体育|體育|娱乐|娛樂|科技|军事|軍事|文化|教育|健康|旅游|旅遊|汽车|汽車|房产|房產|副刊|社论|社論|时评|時評|本报讯|本報訊|问答|問答|访谈|訪談|声明|聲明|公告|通知|首页|首頁|返回|分享|打印)$|^(?:返|上一|下一)/;
/** Endings of places, bodies and datelines ("北京市", "某某报讯"): not a person's name. */
const NOT_A_PERSON_END = /(?:省|市|县|縣|区|區|镇|鎮|村|国|國|州|部|局|院|所|会|會|社|网|網|报|報|台|讯|訊|电|電|报道|報道|中心|公司|大学|大學)$/;

export function findNameLine(articleText: string | undefined): string[] {
  const lines = (articleText ?? '').split('\n').map((line) => line.trim()).filter(Boolean);
  for (let i = 0; i <= MAX_LINES_BEFORE && i < lines.length - 1; i++) {
    const line = lines[i]!;
    const names = nameLine(line);
    if (names && (i > 0 || names.every(startsWithSurname))) return (lines[i + 1]?.length ?? 0) >= MIN_NEXT_LINE_CHARS ? names : [];
    if (line.length > MAX_HEADING_CHARS || NOT_A_HEADING_END.test(line)) return [];
  }
  return [];
}

function nameLine(line: string): string[] | null {
  if (!NAME_LINE.test(line)) return null;
  const names = line.split(/\s?[、，,]\s?|\s/).filter(Boolean);
  return names.every((name) => !NOT_A_NAME.test(name) && !NOT_A_PERSON_END.test(name)) ? names : null;
}
