// Picks the publication date out of text shown near the headline: a date after a publish label
// (发布时间：, 发表于, 日期：, Published) wins, then the first plain date; dates labelled as updates come last,
// and page clocks ("今天是…") never count.
import { scanDates } from './scan-dates';

/** How far before a date its label may start: "发布时间：" plus a little padding. */
const LABEL_LOOKBEHIND_CHARS = 14;

/** A date followed by these is a reference point ("2007年11月18号以前", "2024年1月1日起施行"), not a dateline. */
const REFERENCE_SUFFIX = /^\s{0,2}[号號]?\s{0,2}(?:以前|之前|以后|以後|之后|之後|以来|以來|起|至|到|前|后|後)/;
/** Characters read after a date to spot a reference suffix. */
const SUFFIX_LOOKAHEAD_CHARS = 6;
const UPDATE_LABEL = /(?:更新|修改|修订|updated|modified|edited)[^\d]{0,10}$/i;
const PUBLISH_LABEL = /(?:发布|發佈|发表|發表|张贴|張貼|时间|時間|日期|出版|刊发|published|posted|date)[^\d]{0,10}$/i;
/** "今天是…", "当前日期：…": a page clock, whatever label follows; never the article's date. */
const CLOCK_LABEL = /(?:今天|今日|当前|當前|现在|現在|today)[^\d]{0,10}$/i;

export interface FindDateOptions {
  /** Only accept a date that carries a publish label (for text where unlabelled dates are usually events). */
  requireLabel?: boolean;
  /**
   * Which unlabelled date wins: the first (text after a headline) or the last, nearest the end (text
   * before a headline, where earlier dates belong to header clocks).
   */
  prefer?: 'first' | 'last';
  /** Vetoes a date by where it starts in `text` (for callers that can tell a comment from the article). */
  accept?: (index: number) => boolean;
}

export function findDateInText(text: string, options: FindDateOptions = {}): string | null {
  const plain: string[] = [];
  const updates: string[] = [];
  for (const match of scanDates(text)) {
    if (REFERENCE_SUFFIX.test(text.slice(match.end, match.end + SUFFIX_LOOKAHEAD_CHARS))) continue;
    if (options.accept && !options.accept(match.index)) continue;
    const before = text.slice(Math.max(0, match.index - LABEL_LOOKBEHIND_CHARS), match.index);
    if (CLOCK_LABEL.test(before)) continue;
    if (UPDATE_LABEL.test(before)) {
      updates.push(match.iso);
    } else if (PUBLISH_LABEL.test(before)) {
      return match.iso;
    } else {
      plain.push(match.iso);
    }
  }
  if (options.requireLabel) return null;
  const pick = (list: string[]): string | undefined => (options.prefer === 'last' ? list[list.length - 1] : list[0]);
  return pick(plain) ?? pick(updates) ?? null;
}
