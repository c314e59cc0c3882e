import { describe, expect, it } from 'vitest';
import { findKeywords } from '../../../../utils/pipeline/metadata/find-keywords';
import { readJsonLd } from '../../../../utils/pipeline/metadata/json-ld';
import { readMetaTags } from '../../../../utils/pipeline/metadata/meta-tags';
import { makeDocument } from './make-document';

const keywords = (head: string): string[] => {
  const doc = makeDocument(`<html><head>${head}</head><body></body></html>`);
  return findKeywords(readMetaTags(doc), readJsonLd(doc));
};

describe('findKeywords', () => {
  it('splits the keywords meta on Latin and Chinese separators, trimming and de-duplicating', () => {
    expect(keywords('<meta name="keywords" content="政策, 北京，经济、Economy; economy ;；,">')).toEqual(['政策', '北京', '经济', 'Economy']);
  });

  it('then article:tag metas', () => {
    expect(keywords('<meta property="article:tag" content="Space"><meta property="article:tag" content="NASA">')).toEqual(['Space', 'NASA']);
  });

  it('then JSON-LD keywords, string or array', () => {
    expect(keywords('<script type="application/ld+json">{"@type":"Article","keywords":"a, b"}</script>')).toEqual(['a', 'b']);
    expect(keywords('<script type="application/ld+json">{"@type":"Article","keywords":["x","y"]}</script>')).toEqual(['x', 'y']);
  });

  it('drops sentence-sized entries and caps the list', () => {
    const many = Array.from({ length: 50 }, (_, i) => `k${i}`).join(',');
    expect(keywords(`<meta name="keywords" content="${'长'.repeat(70)},ok">`)).toEqual(['ok']);
    expect(keywords(`<meta name="keywords" content="${many}">`)).toHaveLength(30);
    expect(keywords('')).toEqual([]);
  });
});
