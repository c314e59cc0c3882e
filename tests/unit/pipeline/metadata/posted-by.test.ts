import { describe, expect, it } from 'vitest';
import { findPostedBy } from '../../../../utils/pipeline/metadata/posted-by';

describe('findPostedBy', () => {
  it('reads the Chinese blog and forum poster lines', () => {
    expect(findPostedBy('第一次出海 由海风张贴 @ 2005-03-21 01:20')).toEqual(['海风']);
    expect(findPostedBy('[读书] 读书笔记 reader88 发表于 2005-9-15 11:46:00 读书笔记')).toEqual(['reader88']);
    expect(findPostedBy('今天去看海了。 - 小雨写于3月18日')).toEqual(['小雨']);
    expect(findPostedBy('〓 某某论坛 发布时间 2005/03/15 22:36:13 by lanlan 〓')).toEqual(['lanlan']);
  });

  it('reads "posted by" with the whole name, stopping at links that follow it', () => {
    expect(findPostedBy('August 13, 2018 Posted by Jane Doe Leave a comment')).toEqual(['Jane Doe']);
    expect(findPostedBy('Posted by Jane Doe. Retweet this article!')).toEqual(['Jane Doe']);
    expect(findPostedBy('Posted by ann, Bob Roe and Cy on 2019-02-15')).toEqual(['ann', 'Bob Roe', 'Cy']);
  });

  it('does not read prose or page words before 发表于 as a name', () => {
    expect(findPostedBy('本文发表于2005年的一本杂志')).toEqual([]);
    expect(findPostedBy('他的论文发表于2005年')).toEqual([]);
    expect(findPostedBy('该研究结果发表于《自然》杂志')).toEqual([]);
    expect(findPostedBy('sales rose 5 by Friday')).toEqual([]);
  });
});
