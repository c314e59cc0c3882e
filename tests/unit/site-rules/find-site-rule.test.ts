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

  it('returns null when nothing matches or the URL is not a URL', () => {
    expect(findSiteRule([rule('a', ['example.com'])], 'https://other.org/')).toBeNull();
    expect(findSiteRule([rule('a', ['example.com'])], 'not a url')).toBeNull();
  });
});
