import { describe, expect, it } from 'vitest';
import { blockText } from '@/utils/pipeline/content/block-text';
import { documentFrom } from '../../../support/dom';

const text = (html: string) => blockText(documentFrom(`<body>${html}</body>`).body);

describe('blockText', () => {
  it('separates paragraphs and headings by a blank line instead of gluing them', () => {
    expect(text('<h2>Heading</h2><p>First one.</p><div>Second</div>')).toBe('Heading\n\nFirst one.\n\nSecond');
  });

  it('reads source line breaks and indentation as spaces, <br> as a line break', () => {
    expect(text('<p>\n    　　one\n    two<br>three&nbsp;&nbsp; four</p>')).toBe('one two\nthree four');
  });

  it('turns a double <br> into a paragraph break, as Chinese portals lay out paragraphs', () => {
    expect(text('<div>第一段。<br><br>第二段。</div>')).toBe('第一段。\n\n第二段。');
  });

  it('keeps inline elements inside their paragraph and table cells apart', () => {
    expect(text('<p>A <b>bold</b> <a href="#">link</a>.</p><table><tr><td>a</td><td>b</td></tr></table>')).toBe('A bold link.\n\na b');
  });

  it('keeps the lines of preformatted text and skips scripts and styles', () => {
    expect(text('<pre>line 1\n  line 2</pre><script>var x;</script><style>p{}</style>')).toBe('line 1\nline 2');
  });
});
