import { describe, expect, it } from 'vitest';
import { findClosingName } from '../../../../utils/pipeline/metadata/closing-name';

describe('findClosingName', () => {
  it('reads a reporter name closing the article', () => {
    expect(findClosingName('……市场秩序得到明显改善。(林洁)')).toEqual({ authors: ['林洁'], editors: [] });
    expect(findClosingName('正文结束。（记者 张三 李四）\n')).toEqual({ authors: ['张三', '李四'], editors: [] });
    expect(findClosingName('正文。【通讯员 王五】')).toEqual({ authors: ['王五'], editors: [] });
  });

  it('drops the dateline after a closing name', () => {
    expect(findClosingName('正文结束。（张三 上海报道）')).toEqual({ authors: ['张三'], editors: [] });
    expect(findClosingName('正文结束。(李四 北京电)')).toEqual({ authors: ['李四'], editors: [] });
  });

  it('reads a closing editor as an editor', () => {
    expect(findClosingName('正文。（责任编辑：赵六）')).toEqual({ authors: [], editors: ['赵六'] });
  });

  it('ignores end marks, stage notes, sources and outlets', () => {
    for (const text of ['正文。(完)', '正文。（待续）', '正文。（图）', '他笑着说。（掌声）', '正文。（来源：示例网）', '正文。（某某网）', '正文。(2024年9月27日)', '歌词结束\n\n[打印]', '正文。【返回】']) {
      expect(findClosingName(text)).toEqual({ authors: [], editors: [] });
    }
  });

  it('ignores brackets that do not close the text', () => {
    expect(findClosingName('（林洁）正文还在继续，没有结束')).toEqual({ authors: [], editors: [] });
    expect(findClosingName(undefined)).toEqual({ authors: [], editors: [] });
  });
});
