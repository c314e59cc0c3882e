import { describe, expect, it } from 'vitest';
import { findSiteRule } from '@/utils/site-rules/find-site-rule';
import { withPickedSelectors } from '@/utils/site-rules/picked-rule';
import { siteRuleSchema, type SiteRule } from '@/utils/site-rules/site-rule';

const rule = (fields: Partial<SiteRule> & Pick<SiteRule, 'id' | 'patterns'>): SiteRule => siteRuleSchema.parse(fields);
const fixedId = () => 'rule-new';

describe('withPickedSelectors', () => {
  it('makes a rule for the plain host when none applies, which the next clip then finds', () => {
    const other = rule({ id: 'other', name: 'Other', patterns: ['other.org'] });
    const url = 'https://www.example.com:8443/news/2024/story.html?ref=home';
    const { rules, rule: written, created } = withPickedSelectors([other], url, { contentSelector: '.story-body' }, fixedId);
    expect(created).toBe(true);
    expect(rules[0]).toBe(other);
    expect(written).toEqual(
      rule({ id: 'rule-new', name: 'www.example.com', patterns: ['www.example.com'], contentSelector: '.story-body' }),
    );
    expect(rules).toEqual([other, written]);
    expect(findSiteRule(rules, url)?.id).toBe('rule-new');
  });

  it('writes into the rule that applies, keeping its other fields and its place', () => {
    const site = rule({ id: 'site', name: 'Example', patterns: ['example.com'], frontMatter: { comments: false }, removeSelectors: ['.ad'] });
    const news = rule({ id: 'news', name: 'Example news', patterns: ['*://example.com/news/*'], contentSelector: 'main' });
    const { rules, rule: written, created } = withPickedSelectors([site, news], 'https://example.com/news/1', {
      contentSelector: 'article.story',
      removeSelectors: ['.share-bar'],
    });
    expect(created).toBe(false);
    expect(rules.map((r) => r.id)).toEqual(['site', 'news']);
    expect(rules[0]).toBe(site);
    expect(written).toEqual({ ...news, contentSelector: 'article.story', removeSelectors: ['.share-bar'] });
    expect(rules[1]).toBe(written);
  });

  it('adds removals without repeating one the rule has, and keeps the content selector when none was picked', () => {
    const site = rule({ id: 'site', patterns: ['example.com'], contentSelector: '#main', removeSelectors: ['.ad', '.share-bar'] });
    const { rule: written } = withPickedSelectors([site], 'https://example.com/a', { removeSelectors: [' .share-bar ', '.related', '.related', ''] });
    expect(written.removeSelectors).toEqual(['.ad', '.share-bar', '.related']);
    expect(written.contentSelector).toBe('#main');
  });

  it('leaves a new rule without a content selector when only removals were picked', () => {
    const { rule: written } = withPickedSelectors([], 'http://127.0.0.1:4000/page.html', { removeSelectors: ['.related'] }, fixedId);
    expect(written).toMatchObject({ name: '127.0.0.1', patterns: ['127.0.0.1'], removeSelectors: ['.related'] });
    expect(written).not.toHaveProperty('contentSelector');
  });

  it('does not write into a disabled rule, which would not apply', () => {
    const off = rule({ id: 'off', patterns: ['example.com'], enabled: false });
    const { rules, created } = withPickedSelectors([off], 'https://example.com/', { contentSelector: 'article' }, fixedId);
    expect(created).toBe(true);
    expect(rules.map((r) => r.id)).toEqual(['off', 'rule-new']);
    expect(rules[0]).toBe(off);
  });

  it('refuses pages without a web host', () => {
    expect(() => withPickedSelectors([], 'file:///home/me/page.html', { contentSelector: 'article' })).toThrow(/web pages only/);
  });
});
