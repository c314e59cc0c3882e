import { describe, expect, it } from 'vitest';
import { decodeHtml } from '../../../scripts/lib/decode-html';

// "漳州新闻" in GBK and "漳州新聞" in Big5 (bytes written out so the test does not depend on an encoder).
const GBK = [0xd5, 0xc4, 0xd6, 0xdd, 0xd0, 0xc2, 0xce, 0xc5];
const BIG5 = [186, 115, 166, 123, 183, 115, 187, 68];

const page = (head: string, text: number[]) =>
  new Uint8Array([...new TextEncoder().encode(`<html><head>${head}</head><body>`), ...text, ...new TextEncoder().encode('</body></html>')]);

describe('decodeHtml', () => {
  it('decodes by <meta charset> and http-equiv', () => {
    expect(decodeHtml(page('<meta charset="gb2312">', GBK))).toContain('漳州新闻');
    expect(decodeHtml(page('<meta http-equiv="Content-Type" content="text/html; charset=GBK">', GBK))).toContain('漳州新闻');
    expect(decodeHtml(page('<meta charset=big5>', BIG5))).toContain('漳州新聞');
  });

  it('lets the HTTP Content-Type win over the meta tag, and a BOM over both', () => {
    expect(decodeHtml(page('<meta charset="utf-8">', GBK), 'text/html; charset=gbk')).toContain('漳州新闻');
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('<meta charset="gbk">漳州')]);
    expect(decodeHtml(bom)).toContain('漳州');
  });

  it('reads a page saved as UTF-8 that still declares gb2312 as UTF-8', () => {
    expect(decodeHtml(new TextEncoder().encode('<meta charset="gb2312"><p>漳州新闻</p>'))).toContain('漳州新闻');
  });

  it('reads undeclared pages as UTF-8, or GB18030 when they are not valid UTF-8', () => {
    expect(decodeHtml(new TextEncoder().encode('<p>漳州新闻</p>'))).toContain('漳州新闻');
    expect(decodeHtml(page('', GBK))).toContain('漳州新闻');
  });
});
