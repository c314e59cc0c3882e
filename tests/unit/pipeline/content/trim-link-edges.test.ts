import { describe, expect, it } from 'vitest';
import { trimLinkEdges } from '@/utils/pipeline/content/trim-link-edges';
import { documentFrom } from '../../../support/dom';

const STORY = '<p>今天上午，市政府召开新闻发布会，介绍了今年的重点工作安排。</p><p>会上，有关负责人表示，<a href="/a">新政策</a>将于下月实施。</p>';
const trimmed = (html: string): string => {
  const doc = documentFrom(`<body><div id="a">${html}</div></body>`);
  const root = doc.getElementById('a')!;
  trimLinkEdges(root);
  return root.textContent ?? '';
};

describe('trimLinkEdges', () => {
  it('removes link lists below and above the story', () => {
    const text = trimmed(
      `<div><a href="/1">社会</a> <a href="/2">娱乐</a> <a href="/3">生活</a></div>${STORY}` +
        '<ul><li><a href="/x">央视体坛年度评选提名奖揭晓</a></li><li><a href="/y">体坛风云人物最佳队员提名</a></li></ul>',
    );
    expect(text).toBe('今天上午，市政府召开新闻发布会，介绍了今年的重点工作安排。会上，有关负责人表示，新政策将于下月实施。');
  });

  it('stops at the story: links between paragraphs and short plain closing lines stay', () => {
    const middle = '<ul><li><a href="/x">相关一</a></li><li><a href="/y">相关二</a></li></ul>';
    const text = trimmed(`${STORY}${middle}${STORY}<p>(完)</p><p><a href="/z">更多新闻</a></p>`);
    expect(text).toContain('相关一');
    expect(text).toContain('(完)');
    expect(text).not.toContain('更多新闻');
  });

  it('keeps a story wrapped whole in a link or a named anchor, as old pages do', () => {
    expect(trimmed(`<a href="/self.html">${STORY}</a>`)).toContain('市政府召开新闻发布会');
    expect(trimmed(`<a name="top"><p>寒流一波接著一波，口罩圍巾都出籠了。</p></a>`)).toContain('寒流');
  });

  it('keeps images at the edges', () => {
    const doc = documentFrom(`<body><div id="a">${STORY}<p><a href="/big.jpg"><img src="/pic.jpg"></a></p></div></body>`);
    trimLinkEdges(doc.getElementById('a')!);
    expect(doc.querySelector('img')).not.toBeNull();
  });
});
