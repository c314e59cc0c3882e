// Finds every complete calendar date written in a string (numeric Y-M-D, Chinese 年月日, English month names,
// year-last M/D/Y or D/M/Y when unambiguous), with the clock time and zone that follow it. Patterns use
// bounded quantifiers only; input is capped.
import { formatIsoDate, type DateParts } from './iso-date';

/** Callers pass small windows; this guards against a caller passing a whole page. */
const MAX_SCAN_CHARS = 20_000;

/** Zone abbreviations with one unambiguous offset; CST, IST and the like are ambiguous and ignored. */
const ZONE_OFFSETS: Readonly<Record<string, string>> = {
  GMT: 'Z', UTC: 'Z', UT: 'Z', Z: 'Z',
  EST: '-05:00', EDT: '-04:00', CDT: '-05:00', MST: '-07:00', MDT: '-06:00', PST: '-08:00', PDT: '-07:00',
  BST: '+01:00', CET: '+01:00', CEST: '+02:00', EET: '+02:00', EEST: '+03:00', MSK: '+03:00',
  JST: '+09:00', KST: '+09:00', HKT: '+08:00', SGT: '+08:00', AEST: '+10:00', AEDT: '+11:00',
};

/**
 * "(北京时间)" after a clock: UTC+8, which China, Hong Kong and Taiwan keep all year. Not when a date follows,
 * as in "当地时间…21时20分（北京时间2011年12月9日…）", where it introduces a second, converted time.
 */
const CHINA_TIME_AFTER = '[(（]?(?:北京|京港台)[时時][间間][)）]?(?!\\s{0,2}[:：]?\\s{0,2}\\d)';
/** "北京时间 2012年01月17日 15:33": the same zone stated before the date. */
const CHINA_TIME_BEFORE = /(?:北京|京港台)[时時][间間]\s{0,2}[:：]?\s{0,2}$/;
const CHINA_TIME_LOOKBEHIND_CHARS = 8;
const CHINA_OFFSET = '+08:00';

const MONTHS: Readonly<Record<string, number>> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
};
const MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept(?:ember)?|sep|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const YEAR = '((?:19|20|21)\\d{2})';

const NUMERIC_DATE = new RegExp(`(?<!\\d)${YEAR}\\s{0,2}([-/.年])\\s{0,2}(\\d{1,2})\\s{0,2}([-/.月])\\s{0,2}(\\d{1,2})(?!\\d)(?:\\s{0,2}日)?`, 'g');
/** Year-last numeric dates (9/17/2004, 17-09-2004): the order of day and month must be settled, see yearLastParts. */
const YEAR_LAST_DATE = new RegExp(`(?<![\\d/.-])(\\d{1,2})([/-])(\\d{1,2})\\2${YEAR}(?!\\d)`, 'g');
const ENGLISH_MDY = new RegExp(`(?<![a-z])${MONTH}\\.?\\s{1,3}(\\d{1,2})(?:st|nd|rd|th)?(?!\\d),?\\s{1,3}${YEAR}(?!\\d)`, 'gi');
const ENGLISH_DMY = new RegExp(`(?<!\\d)(\\d{1,2})(?:st|nd|rd|th)?\\s{1,3}${MONTH}\\.?,?\\s{1,3}${YEAR}(?!\\d)`, 'gi');

const TIME_AFTER = new RegExp(
  '(T|,?\\s{0,3}(?:at\\s{1,3})?)' +
    '(上午|下午|晚上|凌晨|中午)?\\s{0,2}' +
    '(\\d{1,2})\\s?[:：时]\\s?(\\d{2})(?:\\s?[:：分]\\s?(\\d{2}))?(?:\\s?秒)?(?:[.,]\\d{1,9})?' +
    '(?:\\s{0,2}([AaPp])\\.?[Mm]\\.?(?![A-Za-z]))?' +
    '(?:\\s{0,2}(Z(?![A-Za-z])|[+-]\\d{2}(?::?\\d{2})?(?!\\d)|(?:GMT|UTC)(?:\\s?[+-]\\d{1,2}(?::?\\d{2})?)?(?![A-Za-z])|[A-Z]{3,4}(?![A-Za-z])|' +
    `${CHINA_TIME_AFTER}))?`,
  'y',
);

export interface DateMatch {
  /** ISO 8601 as produced by formatIsoDate. */
  iso: string;
  /** Where the written date starts and ends (end includes the time and zone). */
  index: number;
  end: number;
}

export function scanDates(input: string): DateMatch[] {
  const text = input.length > MAX_SCAN_CHARS ? input.slice(0, MAX_SCAN_CHARS) : input;
  const found: DateMatch[] = [];

  for (const match of text.matchAll(NUMERIC_DATE)) {
    const [whole, year, sep1, month, sep2, day] = match;
    const consistent = sep1 === '年' ? sep2 === '月' : sep1 === sep2;
    if (!consistent || !year || !month || !day) continue;
    const start = match.index;
    const end = start + whole.length;
    // Digit groups glued by the same separators are phone or serial numbers (400-0123-2021-05-06).
    if (/[-/.]/.test(text.charAt(start - 1)) && /\d/.test(text.charAt(start - 2))) continue;
    if (/^[-/.]\d/.test(text.slice(end, end + 2))) continue;
    push(found, text, start, end, { year: Number(year), month: Number(month), day: Number(day) });
  }
  for (const match of text.matchAll(YEAR_LAST_DATE)) {
    const [whole, first, , second, year] = match;
    const end = match.index + whole.length;
    if (/^[-/.]\d/.test(text.slice(end, end + 2))) continue;
    push(found, text, match.index, end, yearLastParts(Number(first), Number(second), Number(year), readTimeAfter(text, end)));
  }
  for (const match of text.matchAll(ENGLISH_MDY)) {
    const [whole, month, day, year] = match;
    push(found, text, match.index, match.index + whole.length, englishParts(year, month, day));
  }
  for (const match of text.matchAll(ENGLISH_DMY)) {
    const [whole, day, month, year] = match;
    push(found, text, match.index, match.index + whole.length, englishParts(year, month, day));
  }

  found.sort((a, b) => a.index - b.index);
  const distinct: DateMatch[] = [];
  for (const match of found) {
    const previous = distinct[distinct.length - 1];
    if (!previous || match.index >= previous.end) distinct.push(match);
  }
  return distinct;
}

function englishParts(year?: string, month?: string, day?: string): DateParts | null {
  const monthNumber = MONTHS[(month ?? '').slice(0, 3).toLowerCase()];
  if (!year || !day || !monthNumber) return null;
  return { year: Number(year), month: monthNumber, day: Number(day) };
}

/**
 * Day and month of a year-last date: a part above 12 can only be the day; when both could be months, an
 * AM/PM clock after it marks the US convention (month first, as en-US software prints "7/5/2005 9:23:57 PM").
 * Otherwise the date is ambiguous and skipped: a wrong date is worse than none.
 */
function yearLastParts(first: number, second: number, year: number, time: TimeParts | null): DateParts | null {
  if (first > 12 && second <= 12) return { year, month: second, day: first };
  if (second > 12 && first <= 12) return { year, month: first, day: second };
  if (first <= 12 && second <= 12 && time?.twelveHour) return { year, month: first, day: second };
  return null;
}

function push(found: DateMatch[], text: string, index: number, dateEnd: number, parts: DateParts | null): void {
  if (!parts) return;
  const time = readTimeAfter(text, dateEnd);
  const chinaTime = CHINA_TIME_BEFORE.test(text.slice(Math.max(0, index - CHINA_TIME_LOOKBEHIND_CHARS), index));
  const offset = time?.parts.offset ?? (chinaTime ? CHINA_OFFSET : undefined);
  const iso = formatIsoDate({ ...parts, ...time?.parts, offset });
  // A bad clock next to a good date still leaves the date.
  const dateOnly = iso ?? formatIsoDate(parts);
  if (dateOnly) found.push({ iso: dateOnly, index, end: iso && time ? time.end : dateEnd });
}

interface TimeParts {
  parts: Pick<DateParts, 'hour' | 'minute' | 'second' | 'offset'>;
  end: number;
  /** The clock carried AM/PM. */
  twelveHour: boolean;
}

function readTimeAfter(text: string, from: number): TimeParts | null {
  TIME_AFTER.lastIndex = from;
  const match = TIME_AFTER.exec(text);
  if (!match) return null;
  const [whole, joiner, dayPart, hourText, minuteText, secondText, meridiem, zone] = match;
  let hour = Number(hourText);
  if (meridiem || dayPart) {
    const afternoon = meridiem ? /p/i.test(meridiem) : dayPart === '下午' || dayPart === '晚上';
    if (meridiem && (hour < 1 || hour > 12)) return null;
    if (afternoon && hour < 12) hour += 12;
    if (meridiem && !afternoon && hour === 12) hour = 0;
  }
  const second = secondText === undefined ? undefined : Number(secondText);
  return {
    parts: { hour, minute: Number(minuteText), second, offset: zoneOffset(zone, joiner === 'T' || second !== undefined) },
    end: from + whole.length,
    twelveHour: meridiem !== undefined,
  };
}

function zoneOffset(zone: string | undefined, isoLike: boolean): string | undefined {
  if (!zone) return undefined;
  if (/[时時][间間]/.test(zone)) return CHINA_OFFSET;
  const named = ZONE_OFFSETS[zone];
  if (named) return named;
  const gmt = /^(?:GMT|UTC)\s?([+-])(\d{1,2})(?::?(\d{2}))?$/.exec(zone);
  if (gmt) return `${gmt[1]}${(gmt[2] ?? '').padStart(2, '0')}:${gmt[3] ?? '00'}`;
  // A bare "+08:00" after "10:30" could be the end of a time range (10:30-11:30); trust it only ISO-style.
  if (isoLike && /^[+-]\d{2}/.test(zone)) return zone;
  return undefined;
}
