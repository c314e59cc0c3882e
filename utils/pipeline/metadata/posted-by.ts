// Reads the poster of a blog entry or forum post from the line blog and forum software print with it:
// "由张三张贴 @ …", "张三 发表于 2005-9-15 11:46", "- 张三写于3月18日", "发布时间 2005/03/15 22:36 by zhang3".
// The name must stand as its own word, so "本文发表于2005年" or a sentence before 发表于 yields nothing.

/** A poster's name: a Han pen name or a Latin user handle. */
const HAN_NAME = '[\\u3400-\\u4dbf\\u4e00-\\u9fff·]{2,8}';
const HANDLE = '[A-Za-z][A-Za-z0-9_.-]{1,29}';
const NAME = `(${HAN_NAME}|${HANDLE})`;
/** Capitalised words that follow a byline but are links, not more of the name ("Posted by Jane Leave a comment"). */
const NOT_NAME_WORD = "(?:Leave|Share|Tweet|Retweet|Comments?|Reply|Print|Email|Follow|Read|View|Filed|Tags?|Categor(?:y|ies)|In|On|At)\\b";
/** After "posted by", a Latin name runs to a few capitalised words ("Jane Doe"), and may be a list. */
const LATIN_NAME = `${HANDLE}(?:\\s(?!${NOT_NAME_WORD})[A-Z][A-Za-z'-]+){0,3}`;
const NAME_LIST = `((?:${HAN_NAME}|${LATIN_NAME})(?:(?:,\\s?|\\s(?:and|&)\\s)(?:${HAN_NAME}|${LATIN_NAME})){0,5})`;
/** Where a name may start: the start of the text, a space, a bracket or a list mark. */
const BEFORE = '(?:^|[\\s[\\]【】|｜>»\\-–—:：])';

const PATTERNS: readonly RegExp[] = [
  // "由张三张贴", "由 zhang3 发表"
  new RegExp(`由\\s?${NAME}\\s?(?:张贴|張貼|发表|發表|发布|發佈|发帖|發帖)`, 'u'),
  // "张三 发表于 2005-9-15", "张三写于3月18日": the date right after keeps prose out.
  new RegExp(`${BEFORE}${NAME}\\s?(?:发表于|發表於|发布于|發佈於|发表在|写于|寫於|贴于|貼於)\\s?(?:\\d{4}\\s?[-/.年]|\\d{1,2}\\s?月)`, 'u'),
  // "Posted by zhang3", and a forum's "发布时间 2005/03/15 22:36:13 by zhang3" (a clock time, not "5 by Friday")
  new RegExp(`(?:[Pp]osted|[Ww]ritten)\\s+by\\s+${NAME_LIST}|\\d:\\d\\d\\s+by\\s+${NAME_LIST}`, 'u'),
];
/** Words that take a name's place before 发表于 but name no one, and characters of a phrase ("他的论文"), not a name. */
const NOT_A_NAME = /^(?:本文|此文|该文|該文|原文|文章|本帖|此帖|该帖|該帖|最后|最後|回复|回覆|评论|評論|首次|楼主|樓主)$|[的了是这這那他她我你们們]/;

/** The poster's names, in order; empty when the text has no such line. */
export function findPostedBy(text: string): string[] {
  for (const pattern of PATTERNS) {
    const found = pattern.exec(text)?.slice(1).find(Boolean);
    if (!found) continue;
    // A handle may hold dots ("jane.doe"), but a dot before a space ends the sentence ("Jane Doe. Retweet").
    const names = found.split(/\.\s/)[0]!.replace(/\.$/, '').split(/,\s?|\s(?:and|&)\s/);
    if (!names.some((name) => NOT_A_NAME.test(name))) return names;
  }
  return [];
}
