import { describe, expect, it } from 'vitest';
import { readAdjacentText } from '../../../../utils/pipeline/metadata/read-adjacent-text';
import { makeDocument } from './make-document';

describe('readAdjacentText', () => {
  const doc = makeDocument(`<body><div>菜单 首页</div><span>2024-09-27</span>
    <h1 id="h">标题<small>副</small></h1>
    <div>作者：张三</div><script>var x = "2020-01-01";</script><p>来源：示例网</p><p>正文</p></body>`);
  const h1 = doc.getElementById('h');

  it('reads the visible text after a node, keeping nodes apart and skipping scripts and the node itself', () => {
    expect(readAdjacentText(doc, h1, 100)).toBe('作者：张三 来源：示例网 正文');
  });

  it('is bounded in characters', () => {
    expect(readAdjacentText(doc, h1, 5)).toBe('作者：张三');
    expect(readAdjacentText(doc, h1, 3)).toBe('作者：');
  });

  it('reads the text just before a node, nearest last', () => {
    expect(readAdjacentText(doc, h1, 100, 'before')).toBe('菜单 首页 2024-09-27');
    expect(readAdjacentText(doc, h1, 10, 'before')).toBe('2024-09-27');
  });

  it('reads from the top of the body without a node', () => {
    expect(readAdjacentText(doc, null, 5)).toBe('菜单 首页');
    expect(readAdjacentText(doc, null, 5, 'before')).toBe('');
  });
});
