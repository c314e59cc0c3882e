import { describe, expect, it } from 'vitest';
import { findLeadImage } from '../../../../utils/pipeline/metadata/find-lead-image';
import { readJsonLd } from '../../../../utils/pipeline/metadata/json-ld';
import { findMainRegion } from '../../../../utils/pipeline/metadata/main-region';
import { readMetaTags } from '../../../../utils/pipeline/metadata/meta-tags';
import { makeDocument, PAGE_URL } from './make-document';

const image = (head: string, body: string): string | null => {
  const doc = makeDocument(`<html><head>${head}</head><body>${body}</body></html>`);
  return findLeadImage(doc, readMetaTags(doc), readJsonLd(doc), PAGE_URL, findMainRegion(doc, null));
};

describe('findLeadImage', () => {
  it('prefers og:image, made absolute', () => {
    expect(image('<meta property="og:image" content="/img/lead.jpg"><meta name="twitter:image" content="https://x.example.com/t.jpg">', ''))
      .toBe('https://news.example.com/img/lead.jpg');
  });

  it('then og:image:secure_url and twitter:image', () => {
    expect(image('<meta property="og:image:secure_url" content="https://img.example.com/s.jpg">', '')).toBe('https://img.example.com/s.jpg');
    expect(image('<meta name="twitter:image" content="//cdn.example.com/t.jpg">', '')).toBe('https://cdn.example.com/t.jpg');
  });

  it('skips a declared site logo', () => {
    expect(image('<meta property="og:image" content="https://example.com/images/site_logo.png"><meta name="twitter:image" content="https://example.com/lead.jpg">', ''))
      .toBe('https://example.com/lead.jpg');
  });

  it('then the JSON-LD image, in any of its shapes', () => {
    expect(image('<script type="application/ld+json">{"@type":"Article","image":{"@type":"ImageObject","url":"https://img.example.com/ld.jpg"}}</script>', ''))
      .toBe('https://img.example.com/ld.jpg');
  });

  it('then the first large image of the article, reading lazy-loading attributes', () => {
    const body = `<article>
      <img src="/icons/share.png" width="24" height="24">
      <img src="/static/logo.png">
      <img class="avatar" src="/u/1.jpg">
      <img src="data:image/gif;base64,R0lGOD" width="800" height="450">
      <img src="data:image/gif;base64,R0lGOD" data-src="//cdn.example.com/photo.jpg" width="800" height="450">
    </article>`;
    expect(image('', body)).toBe('https://cdn.example.com/photo.jpg');
  });

  it('accepts an unsized article image that does not look like decoration', () => {
    expect(image('', '<main><p>text</p><img data-original="/pics/2024/0927.jpg"></main>')).toBe('https://news.example.com/pics/2024/0927.jpg');
    expect(image('', '<article><img data-actualsrc="https://pic.example.com/v2-abc"></article>')).toBe('https://pic.example.com/v2-abc');
  });

  it('outside an article region, trusts only images sized as large', () => {
    expect(image('', '<div><img src="/a.jpg"><img src="/b.jpg" width="640" height="360"></div>')).toBe('https://news.example.com/b.jpg');
    expect(image('', '<div><img src="/a.jpg"></div>')).toBeNull();
  });

  it('returns null without any usable image', () => {
    expect(image('<meta property="og:image" content="data:image/png;base64,AAAA">', '<article><img src="/spacer.gif"></article>')).toBeNull();
  });
});
