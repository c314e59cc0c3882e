// Normalises a machine-ish date value (meta content, JSON-LD, <time datetime>) to ISO 8601, or null.
// Besides written dates it accepts what metadata carries: epoch seconds/ms, compact 20240927, 27.09.2024.
import { cleanText } from './clean-text';
import { formatIsoDate } from './iso-date';
import { scanDates } from './scan-dates';

/** Metadata dates are short; a longer value is prose, and only its start is worth reading. */
const MAX_DATE_VALUE_CHARS = 120;

const EPOCH = /^\d{10}(?:\d{3})?$/;
const COMPACT = /^((?:19|20|21)\d{2})(\d{2})(\d{2})(?:T?(\d{2})(\d{2})(\d{2})?)?$/;
const DAY_FIRST_DOTTED = /^(\d{1,2})\.(\d{1,2})\.((?:19|20|21)\d{2})(?:[ ,T]{1,2}(\d{1,2}):(\d{2})(?::(\d{2}))?)?(?!\d)/;

export function normalizeDate(raw: string | null | undefined): string | null {
  const value = cleanText(raw).slice(0, MAX_DATE_VALUE_CHARS);
  if (!/\d/.test(value)) return null;

  if (EPOCH.test(value)) {
    const date = new Date(value.length === 10 ? Number(value) * 1000 : Number(value));
    if (Number.isNaN(date.getTime())) return null;
    return formatIsoDate({
      year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate(),
      hour: date.getUTCHours(), minute: date.getUTCMinutes(), second: date.getUTCSeconds(), offset: 'Z',
    });
  }

  const compact = COMPACT.exec(value);
  if (compact) {
    const [, year, month, day, hour, minute, second] = compact;
    return formatIsoDate({
      year: Number(year), month: Number(month), day: Number(day),
      hour: hour === undefined ? undefined : Number(hour),
      minute: minute === undefined ? undefined : Number(minute),
      second: second === undefined ? undefined : Number(second),
    });
  }

  // Dots with the year last are the European day-first convention; slashes are settled (or skipped) by scanDates.
  const dotted = DAY_FIRST_DOTTED.exec(value);
  if (dotted) {
    const [, day, month, year, hour, minute, second] = dotted;
    return formatIsoDate({
      year: Number(year), month: Number(month), day: Number(day),
      hour: hour === undefined ? undefined : Number(hour),
      minute: minute === undefined ? undefined : Number(minute),
      second: second === undefined ? undefined : Number(second),
    });
  }

  return scanDates(value)[0]?.iso ?? null;
}
