import { describe, expect, it } from 'vitest';
import { cleanAuthor } from '../../../../utils/pipeline/metadata/clean-author';

const name = (raw: string, siteNames: string[] = []): string | null => cleanAuthor(raw, siteNames)?.name ?? null;

describe('cleanAuthor', () => {
  it('strips byline prefixes', () => {
    expect(name('By Jane Doe')).toBe('Jane Doe');
    expect(name('Posted by: Jane Doe')).toBe('Jane Doe');
    expect(name('Analysis by Jane Doe, Example News')).toBe('Jane Doe, Example News');
    expect(name('作者：张三')).toBe('张三');
    expect(name('作者: 张三')).toBe('张三');
    expect(name('文/李四')).toBe('李四');
    expect(name('本报记者 王五')).toBe('王五');
    expect(name('Текст: Венера Ерофеева')).toBe('Венера Ерофеева');
  });

  it('cuts what follows the name: separators, labels, dates, counters', () => {
    expect(name('By Jane Doe | 3 min read')).toBe('Jane Doe');
    expect(name('作者：张三 来源：示例网')).toBe('张三');
    expect(name('作者：张三 编辑：李四')).toBe('张三');
    expect(name('By Jane Doe on Monday, September 27, 2024')).toBe('Jane Doe');
    expect(name('John Smith (Wire Service)')).toBe('John Smith');
    expect(name('聯合報╱記者張嘉芳／台北報導')).toBe('張嘉芳');
    expect(name('本文栏目：消费 作者：李宝花')).toBe('李宝花');
    expect(name('[ 黄宇 ]')).toBe('黄宇');
    expect(name('赵 培')).toBe('赵培');
    expect(name('By Jane Doe · 3 min read')).toBe('Jane Doe');
    expect(name('记者 阿卜杜·热合曼')).toBe('阿卜杜·热合曼');
  });

  it('never takes the source (来源) for the author', () => {
    expect(cleanAuthor('来源：示例网')).toBeNull();
    expect(cleanAuthor('Source: Wire Service')).toBeNull();
  });

  it('rejects values that are not names', () => {
    expect(cleanAuthor('https://www.facebook.com/somepage')).toBeNull();
    expect(cleanAuthor('gb.cri.cn')).toBeNull();
    expect(cleanAuthor('desk@example.com')).toBeNull();
    expect(cleanAuthor('12345')).toBeNull();
    expect(cleanAuthor('{{author_name}}')).toBeNull();
    expect(cleanAuthor('人氣(23925)')).toBeNull();
    expect(cleanAuthor('大陸新聞組北京17日電')).toBeNull();
    expect(cleanAuthor('寒冬裡如何保持水嫩肌膚 醫師來教你')).toBeNull();
    expect(cleanAuthor('Katie Couric New Yorkers post their feelings about the election in subway')).toBeNull();
    expect(cleanAuthor('《财经》综合报道')).toBeNull();
    expect(cleanAuthor('')).toBeNull();
    expect(cleanAuthor('x'.repeat(90))).toBeNull();
  });

  it('keeps placeholders, editor credits and the site\'s own name, marked weak with the reason', () => {
    expect(cleanAuthor('admin')).toEqual({ name: 'admin', weak: 'placeholder' });
    expect(cleanAuthor('佚名')).toEqual({ name: '佚名', weak: 'placeholder' });
    expect(cleanAuthor('newsroom')).toEqual({ name: 'newsroom', weak: 'placeholder' });
    expect(cleanAuthor('示例', ['示例新闻'])).toEqual({ name: '示例', weak: 'site' });
    expect(cleanAuthor('示例经济网 财经频道')).toEqual({ name: '示例经济网 财经频道', weak: 'site' });
    expect(cleanAuthor('Jane Doe', ['Example News'])).toEqual({ name: 'Jane Doe', weak: false });
    expect(cleanAuthor('责任编辑：王五')).toEqual({ name: '王五', weak: 'editor' });
    expect(cleanAuthor('Edited by Jane Doe')).toEqual({ name: 'Jane Doe', weak: 'editor' });
  });

  it('drops bullets and decorations before the name', () => {
    expect(name('■ 张三')).toBe('张三');
    expect(name('» Jane Doe')).toBe('Jane Doe');
  });

  it('rejects page furniture shown where a byline would be', () => {
    expect(cleanAuthor('■ 该作者文章')).toBeNull();
    expect(cleanAuthor('文章 总阅读')).toBeNull();
    expect(cleanAuthor('打印')).toBeNull();
    expect(cleanAuthor('更多新闻')).toBeNull();
    expect(cleanAuthor('我要说说')).toBeNull();
    expect(cleanAuthor('目前共有网友')).toBeNull();
    expect(cleanAuthor('编译')).toBeNull();
  });

  it('keeps brackets that belong to the byline: co-authors, a handle, initials', () => {
    expect(name('Jane Doe (with John Roe and Ann Poe)')).toBe('Jane Doe (with John Roe and Ann Poe)');
    expect(name('Jeanne Dupont (avec Paul Martin et Marie Roy)')).toBe('Jeanne Dupont (avec Paul Martin et Marie Roy)');
    expect(name('小明的家 (xiaoming88)')).toBe('小明的家 (xiaoming88)');
    expect(name('Robert (R.J.) Smith')).toBe('Robert (R.J.) Smith');
    expect(name('Jane Doe (AP)')).toBe('Jane Doe');
    expect(name('(Jane Doe)')).toBe('Jane Doe');
  });

  it('keeps lists of people', () => {
    expect(name('Kevin Johnson and Kevin McCoy')).toBe('Kevin Johnson and Kevin McCoy');
    expect(name('Lia Eustachewich, Yaron Steinbuch')).toBe('Lia Eustachewich, Yaron Steinbuch');
    expect(name('张三 李四')).toBe('张三 李四');
  });
});
