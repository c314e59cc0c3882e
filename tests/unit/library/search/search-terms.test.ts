import { describe, expect, it } from 'vitest';
import { indexTerms, parseQuery } from '@/utils/library/search/search-terms';

describe('indexTerms', () => {
  it('indexes Chinese as characters and character pairs, so any word of the text can be found', () => {
    const terms = indexTerms('漳州开发区');
    expect([...terms.keys()].sort()).toEqual(['开', '开发', '区', '发', '发区', '州', '州开', '漳', '漳州'].sort());
  });

  it('splits other text into lower-cased words without accents, counting repeats', () => {
    const terms = indexTerms('Café CAFE, café au lait; version 3.5!');
    expect(terms.get('cafe')).toBe(3);
    expect(terms.get('3.5')).toBe(1);
    expect(terms.has('café')).toBe(false);
    expect(terms.has(',')).toBe(false);
  });

  it('reads full-width letters and digits as their ordinary forms', () => {
    expect([...indexTerms('ＡＢＣ　１２３').keys()]).toEqual(['abc', '123']);
  });

  it('keeps Chinese and English apart in mixed text', () => {
    const terms = indexTerms('用React写插件');
    expect(terms.has('react')).toBe(true);
    expect(terms.has('用')).toBe(true);
    expect(terms.has('写插')).toBe(true);
    expect(terms.has('用r')).toBe(false);
  });

  it('leaves out hash-like tokens too long to be searched for', () => {
    expect(indexTerms(`id ${'a1'.repeat(30)}`).size).toBe(1);
  });
});

describe('parseQuery', () => {
  it('needs every pair of a Chinese query, wherever the words fall in the article', () => {
    const query = parseQuery('开发区 疫情');
    expect(query.terms.sort()).toEqual(['开发', '发区', '疫情'].sort());
    expect(query.prefix).toBeNull();
    expect(query.highlights).toEqual(['开发区', '疫情']);
  });

  it('a single Chinese character is a term of its own', () => {
    expect(parseQuery('港').terms).toEqual(['港']);
  });

  it('treats the word being typed as a prefix, and a finished one as a term', () => {
    expect(parseQuery('markdown clipp')).toMatchObject({ terms: ['markdown'], prefix: 'clipp' });
    expect(parseQuery('markdown clipper ')).toMatchObject({ terms: ['markdown', 'clipper'], prefix: null });
  });

  it('finds nothing to look up in punctuation', () => {
    expect(parseQuery(' ，。!? ')).toEqual({ terms: [], prefix: null, highlights: [] });
  });
});
