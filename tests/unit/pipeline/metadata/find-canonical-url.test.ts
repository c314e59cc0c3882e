import { describe, expect, it } from 'vitest';
import { findCanonicalUrl } from '../../../../utils/pipeline/metadata/find-canonical-url';
import { readMetaTags } from '../../../../utils/pipeline/metadata/meta-tags';
import { makeDocument, PAGE_URL } from './make-document';

const canonical = (head: string): string | null => {
  const doc = makeDocument(`<html><head>${head}</head><body></body></html>`);
  return findCanonicalUrl(doc, readMetaTags(doc), PAGE_URL);
};

describe('findCanonicalUrl', () => {
  it('resolves <link rel=canonical> against the page URL', () => {
    expect(canonical('<link rel="Canonical" href="/2024/09/27/story.html"><meta property="og:url" content="https://other.example.com/">'))
      .toBe('https://news.example.com/2024/09/27/story.html');
  });

  it('then og:url, protocol-relative included', () => {
    expect(canonical('<meta property="og:url" content="//m.example.com/story">')).toBe('https://m.example.com/story');
  });

  it('ignores unusable values', () => {
    expect(canonical('<link rel="canonical" href="javascript:void(0)">')).toBeNull();
    expect(canonical('')).toBeNull();
  });
});
