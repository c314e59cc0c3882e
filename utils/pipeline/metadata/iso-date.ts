// Validates calendar/clock parts and formats them as ISO 8601: `2024-09-27`, `2024-09-27T10:30[:15]`,
// or `2024-09-27T10:30:00+08:00` when the source states a zone. Impossible values give null.

/** Earlier "dates" are product numbers or epoch-zero placeholders, not web publication dates. */
const MIN_YEAR = 1990;
/** No clock is available (the module is pure), so the future is bounded by a plausible horizon instead. */
const MAX_YEAR = 2100;

export interface DateParts {
  year: number;
  month: number;
  day: number;
  hour?: number;
  minute?: number;
  second?: number;
  /** `Z` or `±HH:MM`; only meaningful with a time. */
  offset?: string;
}

export function formatIsoDate(parts: DateParts): string | null {
  const { year, month, day } = parts;
  if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) return null;
  if (!Number.isInteger(month) || month < 1 || month > 12) return null;
  if (!Number.isInteger(day) || day < 1 || day > daysInMonth(year, month)) return null;
  const date = `${year}-${pad(month)}-${pad(day)}`;
  if (parts.hour === undefined || parts.minute === undefined) return date;

  const { hour, minute, second } = parts;
  if (!Number.isInteger(hour) || hour < 0 || hour > 23) return null;
  if (!Number.isInteger(minute) || minute < 0 || minute > 59) return null;
  if (second !== undefined && (!Number.isInteger(second) || second < 0 || second > 59)) return null;

  const offset = parts.offset === undefined ? undefined : normalizeOffset(parts.offset);
  // A zone-qualified time is written RFC 3339 style, with seconds.
  const withSeconds = second !== undefined || offset !== undefined;
  const time = `${pad(hour)}:${pad(minute)}${withSeconds ? `:${pad(second ?? 0)}` : ''}`;
  return `${date}T${time}${offset ?? ''}`;
}

/** A month-precision date (`1998-03`), for sources that print no day, such as a monthly issue. */
export function formatIsoMonth(year: number, month: number): string | null {
  if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) return null;
  if (!Number.isInteger(month) || month < 1 || month > 12) return null;
  return `${year}-${pad(month)}`;
}

function normalizeOffset(offset: string): string | undefined {
  if (offset === 'Z') return 'Z';
  const match = /^([+-])(\d{1,2}):?(\d{2})?$/.exec(offset);
  if (!match) return undefined;
  const hours = Number(match[2]);
  const minutes = Number(match[3] ?? '0');
  if (hours > 14 || minutes > 59) return undefined;
  return `${match[1]}${pad(hours)}:${pad(minutes)}`;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}
