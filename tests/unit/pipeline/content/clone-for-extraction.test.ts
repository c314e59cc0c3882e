import { describe, expect, it } from 'vitest';
import { cloneForExtraction } from '@/utils/pipeline/content/clone-for-extraction';
import { documentFrom } from '../../../support/dom';

describe('cloneForExtraction', () => {
  const page = () =>
    documentFrom(
      '<html lang="zh-CN" dir="ltr"><head><title>标题</title><base href="https://cdn.example.com/a/"><script>var x;</script></head>' +
        '<body><p id="p">正文 <a href="b.html">link</a></p></body></html>',
      'https://example.com/news/1.html',
    );

  it('copies the body, so changes to the copy never reach the page', () => {
    const doc = page();
    const copy = cloneForExtraction(doc);
    copy.getElementById('p')!.remove();
    expect(doc.getElementById('p')?.textContent).toContain('正文');
  });

  it('keeps what reading the body needs: base URL, title, lang and dir', () => {
    const copy = cloneForExtraction(page());
    expect(copy.baseURI).toBe('https://cdn.example.com/a/');
    expect((copy.querySelector('a') as HTMLAnchorElement).href).toBe('https://cdn.example.com/a/b.html');
    expect(copy.title).toBe('标题');
    expect(copy.documentElement.lang).toBe('zh-CN');
    expect(copy.documentElement.dir).toBe('ltr');
    expect(copy.querySelector('script')).toBeNull();
  });
});
