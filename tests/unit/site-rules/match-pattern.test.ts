import { describe, expect, it } from 'vitest';
import { globMatches, matchesPattern, parsePattern } from '@/utils/site-rules/match-pattern';

const matches = (pattern: string, url: string) => matchesPattern(parsePattern(pattern), new URL(url));

describe('match patterns', () => {
  it('matches scheme, host wildcard and path like the browser does', () => {
    expect(matches('*://*.example.com/news/*', 'https://www.example.com/news/2024/1.html')).toBe(true);
    expect(matches('*://*.example.com/news/*', 'http://example.com/news/')).toBe(true);
    expect(matches('*://*.example.com/news/*', 'https://example.com/sport/1.html')).toBe(false);
    expect(matches('*://*.example.com/*', 'https://badexample.com/')).toBe(false);
    expect(matches('https://example.com/*', 'http://example.com/a')).toBe(false);
    expect(matches('*://example.com/*', 'ftp://example.com/a')).toBe(false);
  });

  it('treats a plain host as the site and all its subdomains, on any path and port', () => {
    expect(matches('example.com', 'https://example.com/a')).toBe(true);
    expect(matches('example.com', 'https://news.example.com:8443/a?b=1')).toBe(true);
    expect(matches('example.com', 'https://example.com.evil.net/')).toBe(false);
    expect(matches('example.com/news/*', 'https://m.example.com/news/3')).toBe(true);
  });

  it('ignores ports in the page URL and in the pattern', () => {
    expect(matches('*://127.0.0.1/*', 'http://127.0.0.1:4173/page.html')).toBe(true);
    expect(matches('*://localhost:3000/*', 'http://localhost:8080/')).toBe(true);
  });

  it('matches internationalised hosts written in Unicode or punycode', () => {
    expect(matches('*.例子.中国', 'https://新闻.例子.中国/文章')).toBe(true);
    expect(matches('xn--fsqu00a.xn--fiqs8s', 'https://例子.中国/')).toBe(true);
  });

  it('matches query strings as part of the path', () => {
    expect(matches('*://example.com/article?id=*', 'https://example.com/article?id=42')).toBe(true);
  });

  it('rejects malformed patterns with a message naming the problem', () => {
    expect(() => parsePattern('gopher://example.com/*')).toThrow(/unsupported scheme/);
    expect(() => parsePattern('*://exa*mple.com/*')).toThrow(/may only start the host/);
    expect(() => parsePattern('')).toThrow(/empty/);
  });

  it('matches globs in linear time even on adversarial input', () => {
    const text = 'a'.repeat(50_000);
    expect(globMatches('*a*a*a*a*a*a*a*a*b', text)).toBe(false);
    expect(globMatches('/news/*/detail/*', '/news/2024/detail/9')).toBe(true);
    expect(globMatches('/news/*', '/sport/1')).toBe(false);
  });
});
