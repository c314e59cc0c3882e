import { describe, expect, it } from 'vitest';
import { findSiteRule } from '@/utils/site-rules/find-site-rule';
import { siteRuleSchema, type SiteRule } from '@/utils/site-rules/site-rule';

const rule = (name: string, patterns: string[], enabled = true): SiteRule => siteRuleSchema.parse({ name, enabled, patterns });

describe('findSiteRule', () => {
  it('prefers the most specific matching pattern over rule order', () => {
    const rules = [rule('site', ['example.com']), rule('news section', ['*://www.example.com/news/*'])];
    expect(findSiteRule(rules, 'https://www.example.com/news/1')?.name).toBe('news section');
    expect(findSiteRule(rules, 'https://www.example.com/about')?.name).toBe('site');
  });

  it('takes the earlier rule when two patterns are equally specific', () => {
    const rules = [rule('first', ['example.com']), rule('second', ['example.com'])];
    expect(findSiteRule(rules, 'https://example.com/')?.name).toBe('first');
  });

  it('skips disabled rules and rules whose patterns are invalid', () => {
    const rules = [rule('off', ['example.com'], false), rule('broken', ['*://exa*mple.com/*']), rule('on', ['*://*/*'])];
    expect(findSiteRule(rules, 'https://example.com/')?.name).toBe('on');
  });

  it('ignores a disabled rule even when it is the most specific, and the next best wins', () => {
    const rules = [rule('site', ['example.com']), rule('news, paused', ['*://www.example.com/news/*'], false)];
    expect(findSiteRule(rules, 'https://www.example.com/news/1')?.name).toBe('site');
    expect(findSiteRule([rule('only', ['example.com'], false)], 'https://example.com/')).toBeNull();
  });

  it('ranks a rule by its best matching pattern, whatever order its patterns are in', () => {
    const rules = [rule('broad', ['*://*/*']), rule('mixed', ['other.org', '*://*/*', '*://docs.example.com/*'])];
    expect(findSiteRule(rules, 'https://docs.example.com/guide')?.name).toBe('mixed');
    expect(findSiteRule(rules, 'https://elsewhere.net/')?.name).toBe('broad');
  });

  it('prefers an exact host to the site, a port to any port, a deeper subdomain to a shallower one', () => {
    const rules = [rule('site', ['example.com']), rule('exact', ['*://blog.example.com/*']), rule('deep', ['*://*.eu.example.com/*'])];
    expect(findSiteRule(rules, 'https://blog.example.com/x')?.name).toBe('exact');
    expect(findSiteRule(rules, 'https://a.eu.example.com/x')?.name).toBe('deep');
    const dev = [rule('any port', ['*://localhost/*']), rule('storybook', ['*://localhost:6006/*'])];
    expect(findSiteRule(dev, 'http://localhost:6006/story')?.name).toBe('storybook');
    expect(findSiteRule(dev, 'http://localhost:5173/')?.name).toBe('any port');
  });

  it('counts a host written in Unicode and in punycode as the same, so order decides between them', () => {
    const rules = [rule('unicode', ['例子.中国']), rule('punycode', ['xn--fsqu00a.xn--fiqs8s'])];
    expect(findSiteRule(rules, 'https://例子.中国/')?.name).toBe('unicode');
    expect(findSiteRule([...rules].reverse(), 'https://xn--fsqu00a.xn--fiqs8s/')?.name).toBe('punycode');
  });

  it('returns null when nothing matches or the URL is not a URL', () => {
    expect(findSiteRule([rule('a', ['example.com'])], 'https://other.org/')).toBeNull();
    expect(findSiteRule([rule('a', ['example.com'])], 'not a url')).toBeNull();
  });
});
