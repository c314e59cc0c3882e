import { describe, expect, it } from 'vitest';
import { matchesSiteName } from '../../../../utils/pipeline/metadata/site-name-match';

describe('matchesSiteName', () => {
  it('matches ignoring case, spaces and punctuation', () => {
    expect(matchesSiteName('EXAMPLE.COM', ['example'])).toBe(true);
    expect(matchesSiteName('Planet Wire', ['planetwire'])).toBe(true);
    expect(matchesSiteName('示例新闻', ['示例新闻'])).toBe(true);
  });

  it('matches a segment that adds a little to the name, or a short form of it', () => {
    expect(matchesSiteName('Planet News', ['planet'])).toBe(true);
    expect(matchesSiteName('The Daily Planet', ['dailyplanet'])).toBe(true);
    expect(matchesSiteName('示例', ['示例新闻'])).toBe(true);
  });

  it('does not mistake a headline mentioning the site for the site', () => {
    expect(matchesSiteName('Planet cuts jobs', ['planet'])).toBe(false);
    expect(matchesSiteName('Wire chief resigns after review', ['Planet Wire'])).toBe(false);
    expect(matchesSiteName('甲方日报网', ['乙方日报网'])).toBe(false);
  });

  it('needs names long enough not to match inside words', () => {
    expect(matchesSiteName('Analysis', ['an'])).toBe(false);
    expect(matchesSiteName('Anything', [])).toBe(false);
  });
});
