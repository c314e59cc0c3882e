import { describe, expect, it } from 'vitest';
import { findNameLine } from '../../../../utils/pipeline/metadata/name-line';

describe('findNameLine', () => {
  it('reads a name line under the headline', () => {
    expect(findNameLine('我的童年\n\n林小雨\n\n那是一个夏天，我们全家搬到了海边的小镇。')).toEqual(['林小雨']);
    expect(findNameLine('论城市\n\n论城市\n\n周一、谷雨天\n\n城市化是当代社会最重要的变化之一。')).toEqual(['周一', '谷雨天']);
  });

  it('reads a first-line name over the subtitle only when it opens with a common surname', () => {
    expect(findNameLine('胡小平\n\n——一个时代的精神侧影\n\n正文从这里开始，讲述很长的故事。')).toEqual(['胡小平']);
    expect(findNameLine('副刊\n\n长时间用电脑容易眼睛疲劳，医师提醒要注意休息。')).toEqual([]);
  });

  it('ignores section headings, navigation and places', () => {
    expect(findNameLine('标题在这里\n\n前言\n\n本书写作缘起于多年前的一次旅行。')).toEqual([]);
    expect(findNameLine('第十章 新生活\n\n返目录\n\n人生就像一个大迷宫，走一步就不知道下一步。')).toEqual([]);
    expect(findNameLine('标题在这里\n\n北京市\n\n本市昨日召开会议，部署今年的工作。')).toEqual([]);
    expect(findNameLine('标题在这里\n\n摄影 林小雨\n\n本市昨日召开会议，部署今年的工作。')).toEqual([]);
  });

  it('ignores a name line below text or above a short line', () => {
    expect(findNameLine('这是第一段正文，已经是一个完整的句子。\n\n林小雨\n\n更多的正文在这里继续写下去。')).toEqual([]);
    expect(findNameLine('這篇文章在...\n\n林小雨\n\n點閱(2345)')).toEqual([]);
    expect(findNameLine('标题在这里\n\n林小雨\n\n点阅')).toEqual([]);
    expect(findNameLine(undefined)).toEqual([]);
  });
});
