import { describe, expect, it } from 'vitest';
import { visibleTextNodes } from '../../../../utils/pipeline/metadata/visible-text-nodes';
import { makeDocument } from './make-document';

describe('visibleTextNodes', () => {
  const doc = makeDocument('<body><h1 id="t">标题</h1><script>var x;</script><p>第一 \n 段</p><select><option>选项</option></select><p id="p">第二段</p></body>');
  const texts = (walk: Parameters<typeof visibleTextNodes>[2]) => Array.from(visibleTextNodes(doc, doc.body, walk), ({ text }) => text);

  it('yields cleaned visible text in document order, skipping scripts and form controls', () => {
    expect(texts({ maxNodes: 100 })).toEqual(['标题', '第一 段', '第二段']);
  });

  it('walks after or before a node, leaving out its own text', () => {
    expect(texts({ maxNodes: 100, from: doc.getElementById('t') })).toEqual(['第一 段', '第二段']);
    expect(texts({ maxNodes: 100, from: doc.getElementById('p'), direction: 'before' })).toEqual(['第一 段', '标题']);
  });

  it('stops after the given number of text nodes, empty ones included', () => {
    expect(texts({ maxNodes: 1 })).toEqual(['标题']);
  });

  it('names the element printing each piece', () => {
    expect(Array.from(visibleTextNodes(doc, doc.body, { maxNodes: 100 }), ({ parent }) => parent.tagName)).toEqual(['H1', 'P', 'P']);
  });
});
