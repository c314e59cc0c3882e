import { describe, expect, it } from 'vitest';
import { findPlausibleH1 } from '../../../../utils/pipeline/metadata/plausible-h1';
import { makeDocument } from './make-document';

const h1Text = (body: string, siteNames: string[] = []): string | null =>
  findPlausibleH1(makeDocument(`<body>${body}</body>`), siteNames)?.textContent?.trim() ?? null;

describe('findPlausibleH1', () => {
  it('returns the only h1', () => {
    expect(h1Text('<h1> 北京发布新规 </h1><p>text</p>')).toBe('北京发布新规');
  });

  it('counts identical repeats once', () => {
    expect(h1Text('<h1>Same</h1><div><h1>Same</h1></div>')).toBe('Same');
  });

  it('prefers the single h1 inside article/main over a logo h1 outside', () => {
    expect(h1Text('<h1>Logo text</h1><article><h1>The story</h1></article>')).toBe('The story');
  });

  it('skips a logo h1 that is the site name', () => {
    expect(h1Text('<h1>Example News</h1><div><h1>The story</h1></div>', ['Example News'])).toBe('The story');
  });

  it('gives up when several different h1s compete', () => {
    expect(h1Text('<h1>One</h1><h1>Two</h1>')).toBeNull();
    expect(h1Text('<article><h1>One</h1><h1>Two</h1></article>')).toBeNull();
  });

  it('ignores empty and paragraph-sized h1s', () => {
    expect(h1Text('<h1> </h1><h1>Real</h1>')).toBe('Real');
    expect(h1Text(`<h1>${'长'.repeat(400)}</h1>`)).toBeNull();
  });
});
