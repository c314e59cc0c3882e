import { describe, expect, it } from 'vitest';
import { countWords, readingMinutes } from '@/utils/pipeline/template/word-count';

describe('countWords', () => {
  it('counts each Chinese character and each Latin word', () => {
    expect(countWords('漳州开发区')).toEqual({ cjk: 5, spaced: 0 });
    expect(countWords('The port opens today.')).toEqual({ cjk: 0, spaced: 4 });
    expect(countWords('漳州开发区 opened a new port，吞吐能力翻番。')).toEqual({ cjk: 11, spaced: 4 });
  });

  it('keeps contractions, hyphenated words and numbers whole', () => {
    expect(countWords("Don't e-mail me 3.14 or 10,000 times")).toEqual({ cjk: 0, spaced: 7 });
  });

  it('counts kana like Han, and space-separated scripts by their words', () => {
    expect(countWords('ひらがなカタカナ')).toEqual({ cjk: 8, spaced: 0 });
    expect(countWords('Привет мир 안녕 세계')).toEqual({ cjk: 0, spaced: 4 });
  });

  it('finds nothing in punctuation and space', () => {
    expect(countWords(' ,.!?“”——\n\n ')).toEqual({ cjk: 0, spaced: 0 });
  });
});

describe('readingMinutes', () => {
  it('238 words or 300 Chinese characters a minute, rounded up', () => {
    expect(readingMinutes({ cjk: 0, spaced: 0 })).toBe(0);
    expect(readingMinutes({ cjk: 0, spaced: 1 })).toBe(1);
    expect(readingMinutes({ cjk: 0, spaced: 238 })).toBe(1);
    expect(readingMinutes({ cjk: 0, spaced: 239 })).toBe(2);
    expect(readingMinutes({ cjk: 300, spaced: 0 })).toBe(1);
    expect(readingMinutes({ cjk: 3000, spaced: 238 * 2 })).toBe(12);
  });
});
