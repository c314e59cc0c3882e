import { describe, expect, it } from 'vitest';
import { findCitedIssue } from '../../../../utils/pipeline/metadata/find-cited-issue';

describe('findCitedIssue', () => {
  it('reads the monthly issue a reprint cites as its last line, at month precision', () => {
    expect(findCitedIssue('正文第一段。\n\n正文最后一段。□\n——《某某月刊》1998年3月号')).toBe('1998-03');
  });

  it('reads a cited newspaper date, with an edition note after it', () => {
    expect(findCitedIssue('正文。\n\n（原载《示例日报》2005年3月1日 第5版）')).toBe('2005-03-01');
  });

  it('ignores a citation that does not close the article', () => {
    expect(findCitedIssue('据《示例日报》2005年3月1日报道，当地举行了一场活动，数百名市民参加，气氛热烈。')).toBeNull();
  });

  it('ignores a year and month without an issue mark or a day', () => {
    expect(findCitedIssue('正文。——《某某月刊》1998年3月')).toBeNull();
    expect(findCitedIssue('正文。——《某某月刊》1998年13月号')).toBeNull();
  });
});
