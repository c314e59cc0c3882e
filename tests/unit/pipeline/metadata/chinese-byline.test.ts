import { describe, expect, it } from 'vitest';
import { findChineseByline } from '../../../../utils/pipeline/metadata/chinese-byline';

const authors = (text: string): string[] => findChineseByline(text).authors;

describe('findChineseByline', () => {
  it('reads 作者 and 文/ labels', () => {
    expect(authors('2024-09-27 来源：示例网 作者：张三 编辑：李四')).toEqual(['张三']);
    expect(authors('作者: 欧阳小明 时间：2024-09-27')).toEqual(['欧阳小明']);
    expect(authors('作者：张三，李四')).toEqual(['张三', '李四']);
    expect(authors('作者：张三 昨日上午，市政府发布新规')).toEqual(['张三']);
    expect(authors('文/王五 图/赵六')).toEqual(['王五']);
    expect(authors('作者:zboygirl 阅读(1660)')).toEqual(['zboygirl']);
  });

  it('reads bracketed reporter bylines, with correspondents', () => {
    expect(authors('本报讯（记者 张航）从今天起，市民可以上网查询')).toEqual(['张航']);
    expect(authors('某某日报12月15日讯(记者柳德新 通讯员彭娟)水位降至')).toEqual(['柳德新', '彭娟']);
    expect(authors('本报讯(记者 通讯员 张敏婷 陆敏仪)伴随春节临近')).toEqual(['张敏婷', '陆敏仪']);
    expect(authors('据某某社拉萨电（记者 格桑边觉）记者近日从西藏获悉')).toEqual(['格桑边觉']);
  });

  it('reads prefixed and stand-alone reporter bylines, stopping at the name', () => {
    expect(authors('本报记者 王小明 报道')).toEqual(['王小明']);
    expect(authors('示例网 记者 伊琳 李清芬 个人简介：李金泽同志')).toEqual(['伊琳', '李清芬']);
    expect(authors('记者帅鹏坤报道：面临破产危险的柯达')).toEqual(['帅鹏坤']);
    expect(authors('记者 郭立亮 摄')).toEqual(['郭立亮']);
    expect(authors('记者 张三 北京报道')).toEqual(['张三']);
    expect(authors('某某社记者 李明')).toEqual(['李明']);
  });

  it('does not read running text after 记者 as a name', () => {
    expect(authors('记者获悉，该项目已完工')).toEqual([]);
    expect(authors('记者12日从中央气象台获悉')).toEqual([]);
    expect(authors('记者从广之旅方面了解到')).toEqual([]);
    expect(authors('记者：你好，请问未来天气如何？')).toEqual([]);
    expect(authors('记者：采访之前和几位股民聊天')).toEqual([]);
    expect(authors('他在记者招待会上表示')).toEqual([]);
  });

  it('never reads 来源 as an author', () => {
    expect(authors('来源：某某网 2024-09-27')).toEqual([]);
  });

  it('reports editors separately', () => {
    expect(findChineseByline('（责任编辑：王五）')).toEqual({ authors: [], editors: ['王五'] });
    expect(findChineseByline('编辑：李四 作者：张三')).toEqual({ authors: ['张三'], editors: ['李四'] });
  });

  it('does not take markup leaking into text for a name', () => {
    expect(authors('作者： size="20" 来源： size="20"')).toEqual([]);
  });

  it('does not take the label after a name for a second name', () => {
    expect(authors('作者： 赵婕 出自 [人民文学出版社]')).toEqual(['赵婕']);
  });
});
