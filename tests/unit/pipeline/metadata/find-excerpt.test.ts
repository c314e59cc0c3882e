import { describe, expect, it } from 'vitest';
import { findExcerpt } from '../../../../utils/pipeline/metadata/find-excerpt';
import { readJsonLd } from '../../../../utils/pipeline/metadata/json-ld';
import { readMetaTags } from '../../../../utils/pipeline/metadata/meta-tags';
import { makeDocument } from './make-document';

const excerpt = (head: string): string | null => {
  const doc = makeDocument(`<html><head>${head}</head><body></body></html>`);
  return findExcerpt(readMetaTags(doc), readJsonLd(doc));
};

describe('findExcerpt', () => {
  it('prefers og:description, with whitespace collapsed', () => {
    expect(excerpt('<meta name="description" content="meta"><meta property="og:description" content="  og \n  summary ">')).toBe('og summary');
  });

  it('falls back through description, twitter:description and JSON-LD', () => {
    expect(excerpt('<meta name="twitter:description" content="tw"><meta name="description" content="meta">')).toBe('meta');
    expect(excerpt('<meta name="twitter:description" content="tw">')).toBe('tw');
    expect(excerpt('<script type="application/ld+json">{"@type":"Article","description":"ld"}</script>')).toBe('ld');
    expect(excerpt('<meta name="description" content="   ">')).toBeNull();
  });
});
