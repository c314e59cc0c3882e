import { describe, expect, it } from 'vitest';
import { findTitleAnchor } from '../../../../utils/pipeline/metadata/title-anchor';
import { makeDocument } from './make-document';

describe('findTitleAnchor', () => {
  it('uses the plausible h1 when there is one', () => {
    const doc = makeDocument('<h1 id="h">Title</h1>');
    expect(findTitleAnchor(doc, 'Other', doc.getElementById('h'))?.id).toBe('h');
  });

  it('finds the element printing the headline, skipping breadcrumb links', () => {
    const doc = makeDocument(`<title>北京发布新规_示例网</title><body>
      <a href="/x">北京发布新规</a>
      <table><tr><td class="t" id="t"><b>北京发布新规</b></td></tr></table></body>`);
    expect(findTitleAnchor(doc, '北京发布新规', null)?.tagName).toBe('B');
  });

  it('accepts a text that covers most of the title', () => {
    const doc = makeDocument('<div id="t">湘江长沙站跌破历史最低水位(图)</div>');
    expect(findTitleAnchor(doc, '湘江长沙站跌破历史最低水位', null)?.id).toBe('t');
  });

  it('falls back to a link when the headline only appears as one', () => {
    const doc = makeDocument('<p><a id="l" href="/x">Only a link headline</a></p>');
    expect(findTitleAnchor(doc, 'Only a link headline', null)?.id).toBe('l');
  });

  it('returns null for missing or tiny titles', () => {
    const doc = makeDocument('<p>abc</p>');
    expect(findTitleAnchor(doc, 'Not on the page', null)).toBeNull();
    expect(findTitleAnchor(doc, 'ab', null)).toBeNull();
  });
});
