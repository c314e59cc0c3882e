import { describe, expect, it } from 'vitest';
import { isCreditLine, removeCreditLines } from '@/utils/pipeline/content/remove-credit-lines';
import { documentFrom } from '../../../support/dom';

describe('isCreditLine', () => {
  it('recognises bylines, editor and source lines in their usual shapes', () => {
    for (const line of [
      '作者：林晖', '(本文来源：京华时报)', '[编辑：杨洁]', '[稿源：示例网]', '(责编： 山水)', '【责任编辑：王婧】', '（ 责任编辑：魏喆 ）',
      '(李沐阳 编辑)', '（文/赵勇）', '記者陳鈞凱／台北報導', '【台灣新生報／記者蘇湘雲／台北報導】', '摘自北京晚报', '据《中国青年报》',
      '資料來源：http://www.example.com.tw/hotnews.asp?aid=1', '(Reporting by Jane Doe; Editing by John Roe)',
      'Photo: David Zalubowski, STF / Associated Press', 'Image credit: ESA',
    ]) {
      expect(isCreditLine(line), line).toBe(true);
    }
  });

  it('leaves sentences that merely start with a credit word, and a bare closing name', () => {
    for (const line of ['记者从市政府获悉，今年将新建学校。', '据了解，该项目总投资10亿元，预计明年完工。', '作者认为，这一政策将产生深远影响。', '(林洁)', 'Editing by hand is slow, the writer said.', 'Photo: the crowd outside the court. Police later cleared the square.']) {
      expect(isCreditLine(line), line).toBe(false);
    }
  });
});

describe('removeCreditLines', () => {
  it('removes whole credit lines from the article and keeps the story', () => {
    const doc = documentFrom('<body><div id="a"><p>作者：林晖</p><p>今天上午，市政府召开新闻发布会。</p><p>(责编： 山水)</p></div></body>');
    const root = doc.getElementById('a')!;
    removeCreditLines(root);
    expect(root.textContent).toBe('今天上午，市政府召开新闻发布会。');
  });
});
