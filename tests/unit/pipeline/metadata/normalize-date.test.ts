import { describe, expect, it } from 'vitest';
import { normalizeDate } from '../../../../utils/pipeline/metadata/normalize-date';

describe('normalizeDate', () => {
  it('keeps the offset a metadata timestamp states', () => {
    expect(normalizeDate('2024-09-27T10:30:00+08:00')).toBe('2024-09-27T10:30:00+08:00');
    expect(normalizeDate('2019-11-18T16:18:00Z')).toBe('2019-11-18T16:18:00Z');
    expect(normalizeDate('2017-01-18T23:00:00-0800')).toBe('2017-01-18T23:00:00-08:00');
  });

  it('keeps a local time local and a date a date', () => {
    expect(normalizeDate(' 2011-12-09 09:10:44 ')).toBe('2011-12-09T09:10:44');
    expect(normalizeDate('2019-11-20T01:53:14.418')).toBe('2019-11-20T01:53:14');
    expect(normalizeDate('2012-01-12 18:39')).toBe('2012-01-12T18:39');
    expect(normalizeDate('2014-09-15')).toBe('2014-09-15');
  });

  it('reads compact, epoch and day-first dotted values', () => {
    expect(normalizeDate('20191118')).toBe('2019-11-18');
    expect(normalizeDate('20191118T1030')).toBe('2019-11-18T10:30');
    expect(normalizeDate('1727404200')).toBe('2024-09-27T02:30:00Z');
    expect(normalizeDate('1727404200000')).toBe('2024-09-27T02:30:00Z');
    expect(normalizeDate('27.09.2024 10:30')).toBe('2024-09-27T10:30');
  });

  it('reads a slashed year-last value only when day and month cannot be confused', () => {
    expect(normalizeDate('05/29/2007 09:49:00')).toBe('2007-05-29T09:49:00');
    expect(normalizeDate('05/06/2007')).toBeNull();
  });

  it('reads English and Chinese written forms', () => {
    expect(normalizeDate('November 19, 2019')).toBe('2019-11-19');
    expect(normalizeDate('19 Nov 2019 07:09 GMT')).toBe('2019-11-19T07:09:00Z');
    expect(normalizeDate('2024年9月27日 10:30')).toBe('2024-09-27T10:30');
  });

  it('returns null for placeholders, empty values and impossible dates', () => {
    expect(normalizeDate('{{post_date}}')).toBeNull();
    expect(normalizeDate('')).toBeNull();
    expect(normalizeDate(null)).toBeNull();
    expect(normalizeDate('0001-01-01T00:00:00Z')).toBeNull();
    expect(normalizeDate('2024-13-45')).toBeNull();
    expect(normalizeDate('2150-01-01')).toBeNull();
    expect(normalizeDate('99999999')).toBeNull();
  });
});
