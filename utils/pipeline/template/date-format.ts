// The `date` filter's patterns: moment-style tokens, `[text]` literal. A date is formatted in
// its own offset (a page's `10:30+08:00` prints 10:30 on any machine), never the runtime's zone.
import { formatDateValue, formatOffset, pad, parseDateValue, type DateValue } from './date-value';

/** Longest token first at each letter, so `MM` is not read as two `M`s. */
const TOKENS = /\[([^\]]*)\]|YYYY|YY|MM|M|DD|D|HH|H|mm|m|ss|s|SSS|ZZ|Z/g;

type Token = (date: DateValue) => string;

const clock = (date: DateValue) => date.time ?? { hour: 0, minute: 0, second: 0, millisecond: 0 };

const FORMATTERS: Record<string, Token> = {
  YYYY: (d) => pad(d.year, 4),
  YY: (d) => pad(d.year % 100),
  MM: (d) => pad(d.month),
  M: (d) => String(d.month),
  DD: (d) => pad(d.day),
  D: (d) => String(d.day),
  HH: (d) => pad(clock(d).hour),
  H: (d) => String(clock(d).hour),
  mm: (d) => pad(clock(d).minute),
  m: (d) => String(clock(d).minute),
  ss: (d) => pad(clock(d).second),
  s: (d) => String(clock(d).second),
  SSS: (d) => pad(clock(d).millisecond, 3),
  // A date or a floating time has no zone to print: the token prints nothing.
  Z: (d) => formatOffset(d.offsetMinutes, ':', '+00:00'),
  ZZ: (d) => formatOffset(d.offsetMinutes, '', '+0000'),
};

/** Null when the text is not a date this module reads; no pattern gives normalised ISO 8601. */
export function formatDate(text: string, pattern?: string): string | null {
  const date = parseDateValue(text);
  if (!date) return null;
  if (pattern === undefined) return formatDateValue(date);
  return pattern.replace(TOKENS, (token, literal: string | undefined) => literal ?? FORMATTERS[token]!(date));
}

export const DATE_TOKENS = Object.keys(FORMATTERS);
