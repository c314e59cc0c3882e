import { describe, expect, it } from 'vitest';
import { findDateInText } from '../../../../utils/pipeline/metadata/find-date-in-text';

describe('findDateInText', () => {
  it('reads the dateline printed under a headline', () => {
    expect(findDateInText('2024-09-27 10:30 来源：示例网 作者：张三')).toBe('2024-09-27T10:30');
    expect(findDateInText('1年前 (2024-09-27) 阅读 123')).toBe('2024-09-27');
  });

  it('prefers a date carrying a publish label over an earlier plain one', () => {
    expect(findDateInText('会议定于2024年10月1日举行 发布时间：2024-09-27 08:00')).toBe('2024-09-27T08:00');
    expect(findDateInText('阅读 12 发表于 2024/9/27 10:30')).toBe('2024-09-27T10:30');
    expect(findDateInText('时间：2024年09月27日10:30:15')).toBe('2024-09-27T10:30:15');
    expect(findDateInText('Updated October 2, 2024 · Published Sep 27, 2024')).toBe('2024-09-27');
  });

  it('uses an update date only when nothing else is printed', () => {
    expect(findDateInText('更新时间：2024-09-28 2024-09-27')).toBe('2024-09-27');
    expect(findDateInText('最后更新 2024-09-28 12:00')).toBe('2024-09-28T12:00');
  });

  it('skips dates that are reference points, not datelines', () => {
    expect(findDateInText('查看旧版(2007年11月18号以前) 2022年02月12日')).toBe('2022-02-12');
    expect(findDateInText('自2024年1月1日起施行')).toBeNull();
  });

  it('can prefer the date nearest the end (text read backwards from a headline)', () => {
    const above = '2006年12月27日 Saturday, September 10th, 2005 10:56 am';
    expect(findDateInText(above, { prefer: 'last' })).toBe('2005-09-10T10:56');
    expect(findDateInText(above)).toBe('2006-12-27');
  });

  it('takes 张贴 (posted) as a publish label', () => {
    expect(findDateInText('2024-09-01 由作者张贴 @ 2024-09-27 01:20:44', { requireLabel: true })).toBe('2024-09-27T01:20:44');
  });

  it('never takes a page clock, even a labelled one', () => {
    expect(findDateInText('今天是 2030年1月1日 星期二')).toBeNull();
    expect(findDateInText('当前日期：2030-01-01 发布时间：2024-09-27')).toBe('2024-09-27');
    expect(findDateInText('当前日期：2030-01-01', { requireLabel: true })).toBeNull();
  });

  it('lets the caller veto a date by its position', () => {
    const text = '发表于 2024-09-27 发表于 2024-09-28';
    expect(findDateInText(text, { accept: (index) => index > 10 })).toBe('2024-09-28');
  });

  it('can require a label', () => {
    expect(findDateInText('2024年9月27日，记者来到现场', { requireLabel: true })).toBeNull();
    expect(findDateInText('发布日期：2024-09-27', { requireLabel: true })).toBe('2024-09-27');
  });

  it('finds nothing in phone numbers and year-led headlines', () => {
    expect(findDateInText('2021福建省政府工作报告 咨询电话 400-0123-021')).toBeNull();
  });
});
