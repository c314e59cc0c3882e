import { describe, expect, it } from 'vitest';
import { resolveLazyImages } from '@/utils/pipeline/content/resolve-lazy-images';
import { documentFrom } from '../../../support/dom';

const BASE = 'https://news.example.cn/a/1.html';

function srcs(html: string): (string | null)[] {
  const doc = documentFrom(`<body>${html}</body>`, BASE);
  resolveLazyImages(doc, BASE);
  return Array.from(doc.querySelectorAll('img')).map((img) => img.getAttribute('src'));
}

describe('resolveLazyImages', () => {
  it('takes the real URL from lazy-load attributes over a placeholder src', () => {
    expect(srcs('<img src="/img/loading.gif" data-original="/up/photo.jpg">')).toEqual(['https://news.example.cn/up/photo.jpg']);
    expect(srcs('<img data-src="https://cdn.example.cn/mmbiz/abc123?wx_fmt=jpeg">')).toEqual(['https://cdn.example.cn/mmbiz/abc123?wx_fmt=jpeg']);
    expect(srcs('<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" data-actualsrc="//cdn.example.cn/p/9">')).toEqual(['https://cdn.example.cn/p/9']);
  });

  it('keeps a real src when a lazy attribute is present too', () => {
    expect(srcs('<img src="/real.png" data-src="/other.png">')).toEqual(['https://news.example.cn/real.png']);
  });

  it('drops placeholders that have no real image behind them', () => {
    expect(srcs('<img src="/images/blank.gif"><img src="data:image/gif;base64,R0lGOD"><img><img src="/ok.jpg">')).toEqual([
      'https://news.example.cn/ok.jpg',
    ]);
  });

  it('copies lazy srcset', () => {
    const doc = documentFrom('<body><img src="/a.jpg" data-srcset="/a-2x.jpg 2x"></body>', BASE);
    resolveLazyImages(doc, BASE);
    expect(doc.querySelector('img')?.getAttribute('srcset')).toBe('/a-2x.jpg 2x');
  });
});
