import { describe, expect, it } from 'vitest';
import { findChineseByline } from '../../../../utils/pipeline/metadata/chinese-byline';

const authors = (text: string): string[] => findChineseByline(text).authors;
const reporters = (text: string): string[] => findChineseByline(text).reporters;

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
    expect(reporters('本报讯（记者 张航）从今天起，市民可以上网查询')).toEqual(['张航']);
    expect(reporters('某某日报12月15日讯(记者柳德新 通讯员彭娟)水位降至')).toEqual(['柳德新', '彭娟']);
    expect(reporters('本报讯(记者 通讯员 张敏婷 陆敏仪)伴随春节临近')).toEqual(['张敏婷', '陆敏仪']);
    expect(reporters('据某某社拉萨电（记者 格桑边觉）记者近日从西藏获悉')).toEqual(['格桑边觉']);
  });

  it('reads prefixed and stand-alone reporter bylines, stopping at the name', () => {
    expect(reporters('本报记者 王小明 报道')).toEqual(['王小明']);
    expect(reporters('示例网 记者 伊琳 李清芬 个人简介：李金泽同志')).toEqual(['伊琳', '李清芬']);
    expect(reporters('记者帅鹏坤报道：面临破产危险的柯达')).toEqual(['帅鹏坤']);
    expect(reporters('记者 郭立亮 摄')).toEqual(['郭立亮']);
    expect(reporters('记者 张三 北京报道')).toEqual(['张三']);
    expect(reporters('某某社记者 李明')).toEqual(['李明']);
  });

  it('does not read running text after 记者 as a name', () => {
    expect(reporters('记者获悉，该项目已完工')).toEqual([]);
    expect(reporters('记者12日从中央气象台获悉')).toEqual([]);
    expect(reporters('记者从广之旅方面了解到')).toEqual([]);
    expect(reporters('记者：你好，请问未来天气如何？')).toEqual([]);
    expect(reporters('记者：采访之前和几位股民聊天')).toEqual([]);
    expect(reporters('他在记者招待会上表示')).toEqual([]);
  });

  it('reads an unlabelled bracketed name right before 来源', () => {
    expect(reporters('2004年7月16日08:19 [ 黄小宇 ] 来源：[ 示例金融报 ]')).toEqual(['黄小宇']);
    expect(reporters('2004年7月16日 【张三 李四】 來源：示例報')).toEqual(['张三', '李四']);
    expect(reporters('[ 黄小宇 ] 页面功能 【 推荐 】')).toEqual([]);
  });

  it('reads reporters in tortoise-shell brackets and after a slash', () => {
    expect(reporters('〔記者王大明／台北報導〕春節年假長達九天')).toEqual(['王大明']);
    expect(reporters('某某日報訊 (記者/李小華)去年，某大學立項')).toEqual(['李小華']);
  });

  it('reads unlabelled name-slash-place datelines and "報導╱" credits', () => {
    expect(reporters('【王大明╱新北報導】農曆除夕是圍爐團聚的時刻')).toEqual(['王大明']);
    expect(reporters('2012-01-11 某某時報 【王大明、李小華／綜合報導】 醫院營養師')).toEqual(['王大明', '李小華']);
    expect(authors('避免近距離觀看，加深眼睛疲勞。報導╱王大明、李小華')).toEqual(['王大明', '李小華']);
    expect(findChineseByline('据某某社报道：美国总统昨日表示')).toEqual({ authors: [], reporters: [], editors: [] });
  });

  it('reads a bracketed name right after a dateline\'s 讯', () => {
    expect(reporters('某某科技讯（无忌）北京时间1月17日消息')).toEqual(['无忌']);
    expect(reporters('本报讯（综合）今天上午')).toEqual([]);
  });

  it('treats private-use characters from GBK pages as spaces', () => {
    expect(reporters('[ 黄小宇 ]\ue5c2 来源：示例报')).toEqual(['黄小宇']);
  });

  it('keeps labelled authors apart from reporters', () => {
    expect(findChineseByline('本报讯（记者 张三）正文。作者：李四')).toEqual({ authors: ['李四'], reporters: ['张三'], editors: [] });
  });

  it('never reads 来源 as an author', () => {
    expect(authors('来源：某某网 2024-09-27')).toEqual([]);
  });

  it('reports editors separately', () => {
    expect(findChineseByline('（责任编辑：王五）')).toEqual({ authors: [], reporters: [], editors: ['王五'] });
    expect(findChineseByline('编辑：李四 作者：张三')).toEqual({ authors: ['张三'], reporters: [], editors: ['李四'] });
  });

  it('does not take markup leaking into text for a name', () => {
    expect(authors('作者： size="20" 来源： size="20"')).toEqual([]);
  });

  it('does not take the label after a name for a second name', () => {
    expect(authors('作者： 赵婕 出自 [人民文学出版社]')).toEqual(['赵婕']);
  });
});
