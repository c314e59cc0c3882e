// The periodical a reprinted article cites as its last line ("——《北京之春》1998年3月号", "《人民日报》2005年3月1日"):
// the date it first appeared, at the precision printed (a monthly issue gives `1998-03`).
import { formatIsoDate, formatIsoMonth } from './iso-date';

/** The citation must close the article: at most a page or edition note ("第5版") may follow it. */
const MAX_CHARS_AFTER_CITATION = 12;
/** Only the end of the article is read; the pattern needs no more than a line. */
const TAIL_CHARS = 120;

/** 《Title》 then a year and month followed by 号 (a monthly issue) or by a day. */
const CITED_ISSUE = /《[^《》\n]{1,30}》\s{0,3}((?:19|20)\d{2})\s{0,2}年\s{0,2}(\d{1,2})\s{0,2}月\s{0,2}(?:(\d{1,2})\s{0,2}[日号號]|[号號])/g;

export function findCitedIssue(articleText: string): string | null {
  const tail = articleText.slice(-TAIL_CHARS).trimEnd();
  let last: RegExpExecArray | null = null;
  for (const match of tail.matchAll(CITED_ISSUE)) last = match;
  if (!last || tail.length - (last.index + last[0].length) > MAX_CHARS_AFTER_CITATION) return null;
  const [, year, month, day] = last;
  if (day === undefined) return formatIsoMonth(Number(year), Number(month));
  return formatIsoDate({ year: Number(year), month: Number(month), day: Number(day) });
}
