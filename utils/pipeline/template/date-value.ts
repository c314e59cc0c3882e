// Reads a date as written (ISO 8601, or the RFC 2822 form of HTTP headers and Hexo posts) into
// its parts without moving it to another zone: `10:30+08:00` stays 10:30 in +08:00, a date
// without a time stays a date, a time without a zone stays floating.

export interface DateValue {
  year: number;
  month: number;
  day: number;
  /** Null for a calendar date without a time of day. */
  time: { hour: number; minute: number; second: number; millisecond: number } | null;
  /** Minutes east of UTC; null when the source states no zone (a floating local time). */
  offsetMinutes: number | null;
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;
const RFC_2822 = /^(?:[a-z]{3},\s*)?(\d{1,2})\s+([a-z]{3})\s+(\d{4})\s+(\d{2}):(\d{2})(?::(\d{2}))?\s*(GMT|UTC|UT|Z|[+-]\d{4})?$/i;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/** UTC-12 to UTC+14 are the zones in use. */
const MAX_OFFSET_MINUTES = 14 * 60;

export function parseDateValue(text: string): DateValue | null {
  const value = text.trim();
  const iso = ISO.exec(value);
  if (iso) {
    const [, year, month, day, hour, minute, second, fraction, zone] = iso;
    const time = hour === undefined ? null : { hour: Number(hour), minute: Number(minute), second: Number(second ?? 0), millisecond: Number((fraction ?? '').padEnd(3, '0').slice(0, 3)) };
    return checked({ year: Number(year), month: Number(month), day: Number(day), time, offsetMinutes: zone ? parseOffset(zone) : null }, zone !== undefined);
  }
  const rfc = RFC_2822.exec(value);
  if (rfc) {
    const [, day, monthName, year, hour, minute, second, zone] = rfc;
    const month = MONTHS.indexOf(monthName!.toLowerCase()) + 1;
    const time = { hour: Number(hour), minute: Number(minute), second: Number(second ?? 0), millisecond: 0 };
    return checked({ year: Number(year), month, day: Number(day), time, offsetMinutes: zone ? parseOffset(zone) : null }, zone !== undefined);
  }
  return null;
}

/** ISO 8601 as RFC 3339 writes it: seconds always with a time, `Z` for UTC, `±HH:MM` otherwise. */
export function formatDateValue(date: DateValue): string {
  const day = `${pad(date.year, 4)}-${pad(date.month)}-${pad(date.day)}`;
  if (!date.time) return day;
  const { hour, minute, second, millisecond } = date.time;
  const fraction = millisecond ? `.${pad(millisecond, 3)}` : '';
  return `${day}T${pad(hour)}:${pad(minute)}:${pad(second)}${fraction}${formatOffset(date.offsetMinutes, ':', 'Z')}`;
}

/** `+08:00` (or `+0800` with no separator); `utc` for offset zero; nothing for a floating time. */
export function formatOffset(offsetMinutes: number | null, separator: string, utc: string): string {
  if (offsetMinutes === null) return '';
  if (offsetMinutes === 0) return utc;
  const abs = Math.abs(offsetMinutes);
  return `${offsetMinutes < 0 ? '-' : '+'}${pad(Math.floor(abs / 60))}${separator}${pad(abs % 60)}`;
}

export function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0');
}

function parseOffset(zone: string): number | null {
  if (/^(?:z|gmt|utc|ut)$/i.test(zone)) return 0;
  const digits = zone.slice(1).replace(':', '');
  const hours = Number(digits.slice(0, 2));
  const minutes = Number(digits.slice(2) || 0);
  if (minutes > 59) return null;
  const total = hours * 60 + minutes;
  return zone.startsWith('-') ? -total : total;
}

function checked(date: DateValue, zoneGiven: boolean): DateValue | null {
  const { year, month, day, time, offsetMinutes } = date;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  if (time && (time.hour > 23 || time.minute > 59 || time.second > 59)) return null;
  if (zoneGiven && (offsetMinutes === null || Math.abs(offsetMinutes) > MAX_OFFSET_MINUTES)) return null;
  return date;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}
