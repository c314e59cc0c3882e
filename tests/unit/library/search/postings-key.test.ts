import { describe, expect, it } from 'vitest';
import { postingsKey, termOfKey } from '@/utils/library/search/clip-index';

describe('postingsKey', () => {
  it('orders a term’s blocks by number and keeps them apart from longer terms', () => {
    const keys = [postingsKey('abc', 0), postingsKey('ab', 10), postingsKey('ab', 9), postingsKey('ab', 100_000), postingsKey('港口', 1)];
    expect([...keys].sort()).toEqual([postingsKey('ab', 9), postingsKey('ab', 10), postingsKey('ab', 100_000), postingsKey('abc', 0), postingsKey('港口', 1)]);
  });

  it('gives the term back', () => {
    expect(termOfKey(postingsKey('3.5', 42))).toBe('3.5');
    expect(termOfKey(postingsKey('开发', 0))).toBe('开发');
  });
});
