import { describe, expect, it } from 'vitest';
import { formatIsoDate, formatIsoMonth } from '../../../../utils/pipeline/metadata/iso-date';

describe('formatIsoDate', () => {
  it('formats a date without a time as a calendar date', () => {
    expect(formatIsoDate({ year: 2024, month: 9, day: 27 })).toBe('2024-09-27');
  });

  it('keeps minutes, and seconds only when given, for a local time', () => {
    expect(formatIsoDate({ year: 2024, month: 9, day: 27, hour: 10, minute: 30 })).toBe('2024-09-27T10:30');
    expect(formatIsoDate({ year: 2024, month: 9, day: 27, hour: 10, minute: 30, second: 15 })).toBe('2024-09-27T10:30:15');
  });

  it('writes a zoned time with seconds and a normalised offset', () => {
    expect(formatIsoDate({ year: 2024, month: 9, day: 27, hour: 10, minute: 30, offset: '+0800' })).toBe('2024-09-27T10:30:00+08:00');
    expect(formatIsoDate({ year: 2024, month: 9, day: 27, hour: 2, minute: 5, second: 9, offset: 'Z' })).toBe('2024-09-27T02:05:09Z');
    expect(formatIsoDate({ year: 2024, month: 9, day: 27, hour: 2, minute: 5, offset: '-5' })).toBe('2024-09-27T02:05:00-05:00');
  });

  it('drops an offset it cannot read but keeps the time', () => {
    expect(formatIsoDate({ year: 2024, month: 9, day: 27, hour: 10, minute: 30, offset: 'junk' })).toBe('2024-09-27T10:30');
  });

  it('rejects impossible calendar values', () => {
    expect(formatIsoDate({ year: 2024, month: 13, day: 1 })).toBeNull();
    expect(formatIsoDate({ year: 2024, month: 1, day: 32 })).toBeNull();
    expect(formatIsoDate({ year: 2023, month: 2, day: 29 })).toBeNull();
    expect(formatIsoDate({ year: 2024, month: 4, day: 31 })).toBeNull();
    expect(formatIsoDate({ year: 2024, month: 0, day: 10 })).toBeNull();
  });

  it('accepts leap days', () => {
    expect(formatIsoDate({ year: 2024, month: 2, day: 29 })).toBe('2024-02-29');
    expect(formatIsoDate({ year: 2000, month: 2, day: 29 })).toBe('2000-02-29');
  });

  it('rejects years outside the plausible web era', () => {
    expect(formatIsoDate({ year: 1989, month: 12, day: 31 })).toBeNull();
    expect(formatIsoDate({ year: 2101, month: 1, day: 1 })).toBeNull();
    expect(formatIsoDate({ year: 1990, month: 1, day: 1 })).toBe('1990-01-01');
  });

  it('rejects impossible clock values', () => {
    expect(formatIsoDate({ year: 2024, month: 9, day: 27, hour: 24, minute: 0 })).toBeNull();
    expect(formatIsoDate({ year: 2024, month: 9, day: 27, hour: 10, minute: 60 })).toBeNull();
    expect(formatIsoDate({ year: 2024, month: 9, day: 27, hour: 10, minute: 5, second: 61 })).toBeNull();
  });
});

describe('formatIsoMonth', () => {
  it('formats a month-precision date and rejects impossible ones', () => {
    expect(formatIsoMonth(1998, 3)).toBe('1998-03');
    expect(formatIsoMonth(1998, 13)).toBeNull();
    expect(formatIsoMonth(1850, 3)).toBeNull();
  });
});
