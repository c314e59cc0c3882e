import { describe, expect, it } from 'vitest';
import { splitSiteFromTitle } from '../../../../utils/pipeline/metadata/split-title';

const generic = (title: string, siteNames: string[] = [], headings: string[] = []) =>
  splitSiteFromTitle(title, { siteNames, headings, generic: true });

describe('splitSiteFromTitle', () => {
  it('cuts a site suffix that matches a declared site name, whatever the separator', () => {
    expect(generic('北京发布新规 - 示例新闻', ['示例新闻'])).toEqual({ headline: '北京发布新规', sitePart: '示例新闻' });
    expect(generic('Markets rally as rates fall | Planet Wire', ['Planet Wire'])).toEqual({ headline: 'Markets rally as rates fall', sitePart: 'Planet Wire' });
    expect(generic('Big story :: Example Site', ['example'])).toEqual({ headline: 'Big story', sitePart: 'Example Site' });
    expect(generic('习近平会见外宾-示例网', ['示例网'])).toEqual({ headline: '习近平会见外宾', sitePart: '示例网' });
  });

  it('cuts a site prefix that matches a declared name', () => {
    expect(generic('Planet Wire | Markets rally as rates fall', ['Planet Wire']).headline).toBe('Markets rally as rates fall');
  });

  it('cuts channel chains behind the headline', () => {
    expect(generic('专业天文爱好者详解月全食多种拍法_科学探索_科技时代_示例网')).toEqual({
      headline: '专业天文爱好者详解月全食多种拍法', sitePart: '示例网',
    });
    expect(generic('明年合同电煤涨价禁超5% - 宏观经济 - EXAMPLE.COM').headline).toBe('明年合同电煤涨价禁超5%');
    expect(generic('被告人刑期与罚金均大幅减少-新闻频道-示例网').headline).toBe('被告人刑期与罚金均大幅减少');
    expect(generic('姚明婉拒雨伞冒雨护送大熊猫进入野放过渡区-文娱-某某网滨海高新').headline).toBe('姚明婉拒雨伞冒雨护送大熊猫进入野放过渡区');
    expect(generic('权威人士谈我国南极考察队直升机失事--国内频道').headline).toBe('权威人士谈我国南极考察队直升机失事');
    expect(generic('某市出台新规 加强食品安全监管_某某资讯').headline).toBe('某市出台新规 加强食品安全监管');
    expect(generic('民间资本成投资活动的主体 民间资本路在何方-示例财经').headline).toBe('民间资本成投资活动的主体 民间资本路在何方');
    expect(generic('分析师独董首案：中信分析师杨治山被查|独董|中信|分析师_21世纪网').headline).toBe('分析师独董首案：中信分析师杨治山被查');
  });

  it('cuts short name-like Latin tails without a declared name', () => {
    expect(generic('Markets rally as rates fall – The Daily Planet')).toEqual({ headline: 'Markets rally as rates fall', sitePart: 'The Daily Planet' });
    expect(generic('Lorem ipsum dolor sit amet – My website').headline).toBe('Lorem ipsum dolor sit amet');
    expect(generic('Markets rally as rates fall - example.com').headline).toBe('Markets rally as rates fall');
  });

  it('keeps headlines that contain hyphens or a clause after a dash', () => {
    expect(generic('Covid-19 cases rise - what we know')).toEqual({ headline: 'Covid-19 cases rise - what we know', sitePart: null });
    expect(generic('Covid-19 Cases Rise - What We Know').headline).toBe('Covid-19 Cases Rise - What We Know');
    expect(generic('Covid-19 cases rise - what we know | Planet News', ['Planet']).headline).toBe('Covid-19 cases rise - what we know');
    expect(generic('How to use my_var in Python').headline).toBe('How to use my_var in Python');
  });

  it('keeps a Chinese dash subtitle that is not a site name', () => {
    expect(generic('为现代化建设凝聚强大智慧和力量——热烈祝贺市政协会议开幕').headline)
      .toBe('为现代化建设凝聚强大智慧和力量——热烈祝贺市政协会议开幕');
  });

  it('trusts a visible heading to tell where the headline ends', () => {
    expect(generic('Brexit - the inside story | Opinion | Example', [], ['Brexit - the inside story']).headline)
      .toBe('Brexit - the inside story');
  });

  it('leaves a label-only remainder alone', () => {
    expect(generic('Home | Example Site').headline).toBe('Home | Example Site');
  });

  it('only cuts declared names when generic cutting is off', () => {
    const options = { siteNames: ['Planet Wire'], generic: false };
    expect(splitSiteFromTitle('Markets rally - The Daily Planet', options).headline).toBe('Markets rally - The Daily Planet');
    expect(splitSiteFromTitle('Markets rally - Planet Wire', options).headline).toBe('Markets rally');
  });

  it('returns untouched titles without separators', () => {
    expect(generic('  一个没有分隔符的标题 ')).toEqual({ headline: '一个没有分隔符的标题', sitePart: null });
  });
});
