import { describe, expect, it } from 'vitest';
import { readNearTitleText } from '../../../../utils/pipeline/metadata/near-title-text';
import { makeDocument } from './make-document';

describe('readNearTitleText', () => {
  it('reads a window after the headline and a short row before it', () => {
    const doc = makeDocument(`<p>${'导航 '.repeat(40)}</p><p>首页 > 生活 2024-09-27</p><h1 id="h">标题</h1><p>作者：张三</p><p>${'正文'.repeat(300)}</p>`);
    const near = readNearTitleText(doc, doc.getElementById('h'));
    expect(near.after.startsWith('作者：张三 正文')).toBe(true);
    expect(near.after.length).toBeLessThanOrEqual(400);
    expect(near.before.endsWith('首页 > 生活 2024-09-27')).toBe(true);
    expect(near.before.length).toBeLessThanOrEqual(60);
  });

  it('reads the top of the body when no headline element is known', () => {
    const doc = makeDocument(`<p>发布时间：2024-09-27</p><p>${'字'.repeat(1000)}</p>`);
    const near = readNearTitleText(doc, null);
    expect(near.after.startsWith('发布时间：2024-09-27')).toBe(true);
    expect(near.after.length).toBeLessThanOrEqual(600);
    expect(near.before).toBe('');
  });
});
