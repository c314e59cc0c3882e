import { describe, expect, it } from 'vitest';
import { scanDates } from '../../../../utils/pipeline/metadata/scan-dates';

const isos = (text: string): string[] => scanDates(text).map((match) => match.iso);

describe('scanDates', () => {
  it('reads numeric dates with -, / and . separators', () => {
    expect(isos('发布 2024-09-27 来源')).toEqual(['2024-09-27']);
    expect(isos('2024/09/27')).toEqual(['2024-09-27']);
    expect(isos('2024.9.7')).toEqual(['2024-09-07']);
  });

  it('reads Chinese 年月日 dates with or without spaces and a following time', () => {
    expect(isos('2024年9月27日')).toEqual(['2024-09-27']);
    expect(isos('2024 年 9 月 27 日 10:30')).toEqual(['2024-09-27T10:30']);
    expect(isos('2024年09月27日10:30:15')).toEqual(['2024-09-27T10:30:15']);
    expect(isos('2024年9月27日 10时30分')).toEqual(['2024-09-27T10:30']);
    expect(isos('2024年9月27日 下午3:05')).toEqual(['2024-09-27T15:05']);
  });

  it('requires the separators of one date to agree', () => {
    expect(isos('2024-09/27')).toEqual([]);
    expect(isos('2024年9-27')).toEqual([]);
  });

  it('reads ISO timestamps with their zone', () => {
    expect(isos('2024-09-27T10:30:00+08:00')).toEqual(['2024-09-27T10:30:00+08:00']);
    expect(isos('2024-09-27T10:30:00.123Z')).toEqual(['2024-09-27T10:30:00Z']);
    expect(isos('2019-11-19T12:05:31+0000')).toEqual(['2019-11-19T12:05:31+00:00']);
    expect(isos('2017-11-16T14:15+0000')).toEqual(['2017-11-16T14:15:00+00:00']);
  });

  it('does not read the end of a time range as a zone', () => {
    expect(isos('2024-09-27 10:30-11:30 讲座')).toEqual(['2024-09-27T10:30']);
  });

  it('reads English month names in either order, with a 12-hour clock and zone names', () => {
    expect(isos('September 27, 2024')).toEqual(['2024-09-27']);
    expect(isos('Sept. 27th, 2024')).toEqual(['2024-09-27']);
    expect(isos('27 Sep 2024 07:09 GMT')).toEqual(['2024-09-27T07:09:00Z']);
    expect(isos('November 19, 2019, 07:47 PM EST')).toEqual(['2019-11-19T19:47:00-05:00']);
    expect(isos('Fri Apr 20 2018 12:07:57 GMT+0000 (UTC)')).toEqual(['2018-04-20T12:07:57+00:00']);
    expect(isos('Saturday, September 10th, 2005 10:56 am')).toEqual(['2005-09-10T10:56']);
    expect(isos('Dec 1, 2016 12:15 a.m.')).toEqual(['2016-12-01T00:15']);
  });

  it('reads year-last dates only when day and month cannot be confused', () => {
    expect(isos('发布日期： 9/17/2004 5:54:13 AM')).toEqual(['2004-09-17T05:54:13']);
    expect(isos('17/09/2004')).toEqual(['2004-09-17']);
    expect(isos('27-09-2024 10:30')).toEqual(['2024-09-27T10:30']);
    expect(isos('7/5/2005')).toEqual([]);
    expect(isos('13/13/2005 31/31/2005')).toEqual([]);
  });

  it('reads an ambiguous year-last date month first when an AM/PM clock follows (en-US)', () => {
    expect(isos('7/5/2005 9:23:57 PM')).toEqual(['2005-07-05T21:23:57']);
    expect(isos('7/5/2005 21:23:57')).toEqual([]);
  });

  it('finds no year-last date inside longer digit runs', () => {
    expect(isos('1/2/3/2005 12-09-2005-1 3.12.09.2005')).toEqual([]);
  });

  it('reads Beijing time stated before or after the clock as UTC+8', () => {
    expect(isos('【北京时间 2012年01月17日 15:33】')).toEqual(['2012-01-17T15:33:00+08:00']);
    expect(isos('2012-01-17 15:33（北京时间）')).toEqual(['2012-01-17T15:33:00+08:00']);
    expect(isos('北京时间2012-01-17')).toEqual(['2012-01-17']);
  });

  it('does not give a local time the zone of a converted time that follows it', () => {
    expect(isos('当地时间2011年12月8日21:20（北京时间2011年12月9日0:20）')).toEqual(['2011-12-08T21:20', '2011-12-09T00:20:00+08:00']);
  });

  it('ignores ambiguous zone names instead of guessing', () => {
    expect(isos('2024-09-27 10:30:00 CST')).toEqual(['2024-09-27T10:30:00']);
  });

  it('keeps the date when the clock next to it is impossible', () => {
    expect(isos('2024-09-27 25:61')).toEqual(['2024-09-27']);
  });

  it('finds no date in phone numbers, serials or a year alone', () => {
    expect(isos('客服热线 400-0123-021')).toEqual([]);
    expect(isos('电话 010-2012-03-12')).toEqual([]);
    expect(isos('编号 2012-03-12-88')).toEqual([]);
    expect(isos('2021福建省两会召开')).toEqual([]);
    expect(isos('2024年9月')).toEqual([]);
    expect(isos('v20240927')).toEqual([]);
  });

  it('rejects impossible dates', () => {
    expect(isos('2024-13-01 2024-02-30 1985-01-01')).toEqual([]);
  });

  it('lists several dates in text order without overlaps', () => {
    const found = scanDates('更新 2024-09-28 发布 2024年9月27日 10:30');
    expect(found.map((match) => match.iso)).toEqual(['2024-09-28', '2024-09-27T10:30']);
    expect(found[1]?.index).toBe(17);
  });

  it('stays fast on long hostile input', () => {
    const hostile = '2024-'.repeat(5000) + '1'.repeat(5000) + ' September '.repeat(2000);
    const started = performance.now();
    scanDates(hostile);
    expect(performance.now() - started).toBeLessThan(500);
  });
});
