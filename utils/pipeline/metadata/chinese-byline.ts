// Reads Chinese bylines written in text: 作者：X, 文/X, 報導╱X, （记者 X 通讯员 Y）, 本报记者 X, the unlabelled
// "【X╱台北報導】", "某某讯（X）" and "[ X ] 来源：…", and 编辑：X.
// A capture stops at the name (2–4 Han characters for reporters) and is taken only in byline context, so
// "记者获悉" or an interviewer's "记者：你好，" never yields a name; 来源 (the publisher) is never read.

/** Text read; bylines are short and callers pass windows, this guards against whole pages. */
const MAX_TEXT_CHARS = 2000;
/** Reporters' names: almost all Chinese names are 2–4 characters (with · for transliterated ones). */
const MAX_REPORTER_NAME_CHARS = 4;
/** 作者 may be followed by a pen name, which runs longer. */
const MAX_PEN_NAME_CHARS = 8;
/** Han run read before looking for where the name stops. */
const MAX_RUN_CHARS = 12;
/** Names read after one label: "记者 张三 李四 王五". */
const MAX_NAMES = 4;
/** How far back an opening bracket may be for "（某某社记者 X）" to count as a bracketed byline. */
const BRACKET_LOOKBEHIND_CHARS = 12;

const NAME_CHAR = /[\u3400-\u4dbf\u4e00-\u9fff·•]/;
const LATIN_NAME = /[A-Za-z][A-Za-z0-9_.'’ -]{0,38}/y;
/** Words that end a name when glued to it ("记者帅鹏坤报道", "作者张三来源"). */
const NAME_STOP = /报道|報道|報導|报导|摄影|攝影|摄|攝|发自|發自|通讯员|通訊員|记者|記者|实习生|實習生|编辑|編輯|责编|責編|责任|責任|来源|來源|时间|時間|日期|发布|發佈|发表|發表|出处|出處|出自|摘自|主编|校对|审核|供稿|整理|编译|综合/;
/** Sentence openers that follow 记者 in running text ("记者获悉", "记者从…了解到"). */
const NOT_A_NAME_START = /^(?:获悉|獲悉|了解|从|從|在|近日|日前|昨天|昨日|今天|今日|采访|採訪|调查|調查|看到|发现|發現|注意|登录|登錄|走访|來到|来到|询问|詢問|联系|聯繫|致电|致電|前往|现场|現場|表示|认为|認為|提问|提問|独家|獨家|专访|專訪|对|對|与|與|跟|随|隨|也|还|還|就|将|將|又|再|已|是|的|们|們|团|團|站|证|證|节|節|会|會|招待)/;
const PLACE_BEFORE = /^(?:报道|報道|報導|报导|电|電)/;
const NAME_TERMINATOR = /[\s)）\]】|｜/／╱、]/;

/** 作者：X, 文/X, and "報導╱X" (reported by; a slash only, as "据某某报道：" introduces a quote, not a name). */
const AUTHOR_LABEL = /(?:作者|撰文|撰稿)\s{0,2}[:：]\s{0,2}|(?:^|[\s（(【〔[|｜])文\s{0,2}(?:[、/／]\s{0,2}图\s{0,2})?[/／｜|:：]\s{0,2}|(?:^|[\s（(【〔[|｜。！？])(?:报道|報導|報道|采写|採寫)\s{0,2}[/／╱]\s{0,2}/g;
/** An optional prefix naming whose reporter it is: 本报, 驻京, or an outlet ending 社/台/网/报 (某某社). */
const REPORTER_LABEL = /(本报|本報|本刊|本台|本网|本網|特约|特約|首席|实习|實習|驻[\u4e00-\u9fff]{1,4}|[\u4e00-\u9fff]{1,6}(?:社|台|网|網|报|報|刊))?(记者|記者|通讯员|通訊員)/g;
const EDITOR_LABEL = /(?:责任编辑|責任編輯|责编|責編|编辑|編輯)\s{0,2}[:：]\s{0,2}|[（(【[](?:责任编辑|責任編輯|责编|編輯|编辑)\s{1,2}/g;
/** Portals print the reporter unlabelled in brackets right before the source: "2004年7月16日 [ 张三 ] 来源：…". */
const BRACKETED_BEFORE_SOURCE = /[[【]\s{0,2}([\u4e00-\u9fff·]{2,4}(?:\s{1,2}[\u4e00-\u9fff·]{2,4}){0,3})\s{0,2}[\]】]\s{0,3}(?:来源|來源|出处|出處|稿源)\s{0,2}[:：]/;
const OPENING_BRACKETS = '（(【〔［[';
const CLOSING_BRACKETS = '）)】〕］]';
/** Name, slash, place and 报道 in brackets, unlabelled: "【张三╱新北報導】", "〔李四／台北报道〕". */
const BRACKETED_DATELINE = /[（(【〔［[]\s{0,2}([\u4e00-\u9fff·]{2,4}(?:[、，,][\u4e00-\u9fff·]{2,4}){0,3})\s{0,2}[/／╱]\s{0,2}[\u4e00-\u9fff]{2,6}(?:报道|報導|報道|电|電)\s{0,2}[）)】〕］\]]/;
/** A dateline's 讯 with the reporter bracketed right after it, unlabelled: "某某网讯（张三）北京时间…". */
const BRACKETED_AFTER_NEWS = /[讯訊]\s{0,2}[（(]\s{0,2}([\u4e00-\u9fff·]{2,4}(?:[\s、，,]{1,2}[\u4e00-\u9fff·]{2,4}){0,3})\s{0,2}[)）]/;
const PRIVATE_USE = /[\ue000-\uf8ff]/g;
const FOLLOW_UP_LABEL = /^[\s、，,]{0,3}(?:记者|記者|通讯员|通訊員|实习生|實習生)\s{0,2}[:：]?\s{0,2}/;

export interface ChineseByline {
  /** Names labelled as the author (作者：X, 文/X, 報導╱X); empty when the text labels none. */
  authors: string[];
  /** Reporters and correspondents (记者 X, 通讯员 Y, "【X╱台北報導】"), in order. */
  reporters: string[];
  /** Editors (责任编辑); a last resort for the author field. */
  editors: string[];
}

export function findChineseByline(input: string): ChineseByline {
  // GBK pages decode some spacing glyphs to private-use characters; they separate words like spaces.
  const text = input.slice(0, MAX_TEXT_CHARS).replace(PRIVATE_USE, ' ');
  return {
    authors: findAuthors(text) ?? [],
    reporters: findReporters(text) ?? findUnlabelled(text) ?? [],
    editors: findEditors(text),
  };
}

/** Names printed without a label, where the layout around them says they are the reporters. */
function findUnlabelled(text: string): string[] | null {
  for (const pattern of [BRACKETED_DATELINE, BRACKETED_AFTER_NEWS, BRACKETED_BEFORE_SOURCE]) {
    const names = pattern.exec(text)?.[1]?.split(/[\s、，,]+/).filter(Boolean);
    if (names && !names.some((name) => NAME_STOP.test(name) || NOT_A_NAME_START.test(name))) return names;
  }
  return null;
}

function findAuthors(text: string): string[] | null {
  for (const match of text.matchAll(AUTHOR_LABEL)) {
    const names = readNames(text, match.index + match[0].length, MAX_PEN_NAME_CHARS, true);
    if (names) return names.names;
  }
  return null;
}

function findReporters(text: string): string[] | null {
  for (const match of text.matchAll(REPORTER_LABEL)) {
    const labelEnd = match.index + match[0].length;
    const after = text.slice(labelEnd, labelEnd + 3);
    const colon = /^\s{0,2}[:：/／╱]/.exec(after);
    const spaced = /^\s/.test(after);
    const prefixed = Boolean(match[1]);
    const bracketed = inBracket(text, match.index);
    const standalone = match.index === 0 || /[\s|｜]/.test(text.charAt(match.index - 1));
    const nameStart = labelEnd + (colon ? colon[0].length : 0);
    const read = readNames(text, nameStart, MAX_REPORTER_NAME_CHARS, false);
    if (!read) continue;
    // Unbracketed, unprefixed "记者" must stand apart ("记者 张三") or be closed by 报道/摄 ("记者张三报道").
    if (!(prefixed || bracketed || (standalone && (spaced || colon)) || read.stoppedByLabel)) continue;
    const names = [...read.names];
    let position = read.end;
    for (let more = 0; more < MAX_NAMES; more++) {
      const next = FOLLOW_UP_LABEL.exec(text.slice(position, position + 12));
      if (!next) break;
      const extra = readNames(text, position + next[0].length, MAX_REPORTER_NAME_CHARS, false);
      if (!extra) break;
      names.push(...extra.names);
      position = extra.end;
    }
    return unique(names);
  }
  return null;
}

function findEditors(text: string): string[] {
  for (const match of text.matchAll(EDITOR_LABEL)) {
    const names = readNames(text, match.index + match[0].length, MAX_PEN_NAME_CHARS, true);
    if (names) return names.names;
  }
  return [];
}

function inBracket(text: string, index: number): boolean {
  const before = text.slice(Math.max(0, index - BRACKET_LOOKBEHIND_CHARS), index);
  const open = Math.max(...[...OPENING_BRACKETS].map((bracket) => before.lastIndexOf(bracket)));
  const close = Math.max(...[...CLOSING_BRACKETS].map((bracket) => before.lastIndexOf(bracket)));
  return open >= 0 && open > close && !/[，。,；;]/.test(before.slice(open));
}

interface ReadNames {
  names: string[];
  end: number;
  /** The first name ended at a byline word (报道, 摄, 通讯员 …) rather than at a space or bracket. */
  stoppedByLabel: boolean;
}

function readNames(text: string, from: number, maxChars: number, allowLatinAndCommas: boolean): ReadNames | null {
  const names: string[] = [];
  let position = from;
  let stoppedByLabel = false;
  for (let count = 0; count < MAX_NAMES; count++) {
    let start = position;
    while (text.charAt(start) === ' ') start++;
    // A comma after a name may continue a list only if the list is comma-separated: in "作者：张三 昨日上午，…"
    // the sentence that follows a space is not a second author.
    let allowComma = allowLatinAndCommas;
    if (count > 0) {
      const separator = allowLatinAndCommas ? /^[\s、，,]{1,3}/ : /^[\s、]{1,3}/;
      const gap = separator.exec(text.slice(position, position + 3));
      if (!gap) break;
      start = position + gap[0].length;
      allowComma = allowLatinAndCommas && /[、，,]/.test(gap[0]);
    }
    // A further name set off by a space is a person's (2–4 characters); a longer run there is the next sentence.
    const limit = count > 0 && !allowComma ? Math.min(maxChars, MAX_REPORTER_NAME_CHARS) : maxChars;
    const name = readOneName(text, start, limit, allowLatinAndCommas && count === 0, allowComma);
    if (!name) break;
    // "记者 张三 北京报道": after the first name, a word closed by 报道 is the dateline's place.
    if (count > 0 && name.stoppedByLabel && PLACE_BEFORE.test(text.slice(name.end, name.end + 2))) break;
    if (count === 0) stoppedByLabel = name.stoppedByLabel;
    names.push(name.name);
    position = name.end;
    if (name.stoppedByLabel) break;
  }
  return names.length > 0 ? { names, end: position, stoppedByLabel } : null;
}

function readOneName(
  text: string,
  start: number,
  maxChars: number,
  allowLatin: boolean,
  allowComma: boolean,
): { name: string; end: number; stoppedByLabel: boolean } | null {
  const first = text.charAt(start);
  if (allowLatin && /[A-Za-z]/.test(first)) {
    LATIN_NAME.lastIndex = start;
    const latin = LATIN_NAME.exec(text);
    const name = latin?.[0].trim();
    const end = start + (latin?.[0].length ?? 0);
    // "作者： size=\"20\"": markup leaking into text is not a name.
    if (!name || /[=<>"'{}]/.test(text.charAt(end))) return null;
    return { name, end, stoppedByLabel: false };
  }
  let end = start;
  while (end < text.length && end - start < MAX_RUN_CHARS && NAME_CHAR.test(text.charAt(end))) end++;
  const run = text.slice(start, end);
  const stop = NAME_STOP.exec(run);
  // "记者 通讯员 张三": a role word where the name should be means this label names nobody.
  if (stop?.index === 0) return null;
  const cut = stop && stop.index >= 2 ? stop.index : -1;
  const name = cut >= 0 ? run.slice(0, cut) : run;
  if (name.length < 2 || name.length > maxChars || NOT_A_NAME_START.test(name)) return null;
  if (cut >= 0) return { name, end: start + cut, stoppedByLabel: true };
  // A name stands alone: what follows is a space, bracket or list mark, not more sentence.
  const next = text.charAt(end);
  if (next && !NAME_TERMINATOR.test(next) && !(allowComma && /[，,]/.test(next))) return null;
  if (/^\s{0,2}[:：]/.test(text.slice(end, end + 3))) return null;
  return { name, end, stoppedByLabel: false };
}

function unique(names: string[]): string[] {
  return [...new Set(names)];
}
