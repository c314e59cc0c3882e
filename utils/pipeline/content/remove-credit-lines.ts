// Removes the lines that credit people and sources rather than tell the story: bylines ("作者：林晖",
// "（文/赵勇）", "記者陳鈞凱／台北報導"), editors ("(责编： 山水)", "（李沐阳 编辑）"), sources ("(本文来源：京华时报)",
// "摘自北京晚报") and wire credits ("Reporting by …; Editing by …"). They belong in the front-matter, so this runs
// after metadata has read them. Only whole short lines go: a sentence that mentions a reporter stays.
import { cleanText } from '../metadata/clean-text';

const MAX_CREDIT_LINE_CHARS = 60;
/** Wire-service credit blocks list several people and run longer. */
const MAX_WIRE_CREDIT_CHARS = 300;

const HAN_NAME = '[\\p{scx=Han}·•]{2,4}';
const OPEN = '[（(【\\[]?\\s*';
const CLOSE = '\\s*[)）】\\]]?';

const CREDIT_LINES: readonly RegExp[] = [
  // "作者：X", "[编辑：X]", "(本文来源：X)", "資料來源：http://…", "（文/X）", "原标题：…"
  new RegExp(`^${OPEN}(责任编辑|責任編輯|责编|責編|编辑|編輯|本文编辑|作者|撰稿|撰文|稿源|来源|來源|本文来源|本文來源|新闻来源|新聞來源|消息来源|消息來源|資料來源|资料来源|原标题|原標題|记者|記者|通讯员|通訊員|摄影|攝影|图片|圖片|文|图|圖)\\s*[：:／/|｜]\\s*[^。！？]{1,50}?${CLOSE}$`, 'u'),
  // "（李沐阳 编辑）", "(李艳 撰稿)"
  new RegExp(`^[（(【\\[]\\s*${HAN_NAME}\\s*(编辑|編輯|撰稿|报道|報導|摄|攝|整理|编译|編譯)\\s*[)）】\\]]$`, 'u'),
  // "記者陳鈞凱／台北報導", "【台灣新生報／記者蘇湘雲／台北報導】"
  new RegExp(`^${OPEN}[^。！？]{0,12}(记者|記者)\\s*[^。！？]{1,12}[／/|｜]\\s*[^。！？]{1,8}(报道|報導|報道|电|電)${CLOSE}$`, 'u'),
  // "摘自北京晚报", "据《中国青年报》"
  /^(摘自|转自|轉自|选自|選自|据|據)\s*《?[^，。,]{2,16}》?$/u,
];
/** "(Reporting by Jane Doe; Editing by …)": the role, then a capitalised name. */
const WIRE_CREDIT = /^\(?\s*(Reporting|Additional reporting|Writing|Editing|Compiled|Edited) by [A-Z]/;
/** "Photo: David Zalubowski, STF / Associated Press", "Image credit: ESA": a picture's credit, printed apart from it. */
const PICTURE_CREDIT = /^(photo|photograph|image|picture)s?\s*(credit|courtesy)?\s*(by)?\s*[:：]\s*[^.!?]{1,60}$/i;

const LINE_SELECTOR = 'p, div, span, li, td, font, center, h4, h5, h6, strong, b, em, i';

export function removeCreditLines(root: Element): void {
  for (const el of Array.from(root.querySelectorAll(LINE_SELECTOR))) {
    if (!root.contains(el) || el.querySelector('img, table, ul, ol, p, div')) continue;
    const text = cleanText(el.textContent);
    if (isCreditLine(text)) el.remove();
  }
}

export function isCreditLine(text: string): boolean {
  if (!text) return false;
  if (text.length <= MAX_WIRE_CREDIT_CHARS && WIRE_CREDIT.test(text)) return true;
  if (PICTURE_CREDIT.test(text)) return true;
  return text.length <= MAX_CREDIT_LINE_CHARS && CREDIT_LINES.some((pattern) => pattern.test(text));
}
