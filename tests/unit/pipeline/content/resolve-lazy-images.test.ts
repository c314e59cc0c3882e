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

describe('resolveLazyImages, responsive and fallback images', () => {
  it('takes the largest srcset candidate, by width or by density, URLs with commas included', () => {
    expect(srcs('<img src="/s.jpg" srcset="/s.jpg 400w, /l.jpg 1600w, /m.jpg 800w">')).toEqual(['https://news.example.cn/l.jpg']);
    expect(srcs('<img src="/a.jpg" srcset="/a.jpg, /a@3x.jpg 3x, /a@2x.jpg 2x">')).toEqual(['https://news.example.cn/a@3x.jpg']);
    expect(srcs('<img src="/f.jpg" srcset="https://cdn.example.cn/w_300,h_200/f.jpg 300w, https://cdn.example.cn/w_900,h_600/f.jpg 900w">')).toEqual([
      'https://cdn.example.cn/w_900,h_600/f.jpg',
    ]);
  });

  it('takes a <picture> source in a common format, not AVIF and not one meant for narrow screens', () => {
    const picture = `<picture><source type="image/avif" srcset="/p.avif 2x"><source media="(max-width: 600px)" srcset="/small.jpg">
      <source srcset="/p.jpg 1x, /p@2x.jpg 2x"><img src="/p.jpg"></picture>`;
    expect(srcs(picture)).toEqual(['https://news.example.cn/p@2x.jpg']);
  });

  it('uses the <noscript> copy of a lazy image, in place of its placeholder or of the noscript', () => {
    expect(srcs('<img src="/spacer.gif"><noscript><img src="/real.jpg"></noscript>')).toEqual(['https://news.example.cn/real.jpg']);
    expect(srcs('<div><noscript><img src="/only.jpg"></noscript></div>')).toEqual(['https://news.example.cn/only.jpg']);
  });

  it('reads a <noscript> whose content is text, as it is in a browser that runs scripts', () => {
    const doc = documentFrom('<body><p id="p"><img src="/blank.gif"></p></body>', BASE);
    const noscript = doc.createElement('noscript');
    noscript.textContent = '<img src="/from-text.jpg" alt="Text">';
    doc.getElementById('p')!.append(noscript);
    resolveLazyImages(doc, BASE);
    expect(Array.from(doc.querySelectorAll('img'), (img) => [img.getAttribute('src'), img.getAttribute('alt')])).toEqual([
      ['https://news.example.cn/from-text.jpg', 'Text'],
    ]);
  });

  it('drops one-pixel images and stand-in files, but not pictures whose names merely start alike', () => {
    expect(srcs('<img src="/t.gif" width="1" height="1"><img src="/bar.png" height="1"><img src="/x/grey.gif"><img src="/x/loading@2x.gif">')).toEqual([]);
    expect(srcs('<img src="/pixel-art.png"><img src="/grey-heron.jpg"><img src="/loading-dock.jpg">')).toEqual([
      'https://news.example.cn/pixel-art.png', 'https://news.example.cn/grey-heron.jpg', 'https://news.example.cn/loading-dock.jpg',
    ]);
  });
});
