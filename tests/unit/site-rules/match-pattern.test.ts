import { describe, expect, it } from 'vitest';
import { globMatches, matchesPattern, parsePattern, patternSpecificity } from '@/utils/site-rules/match-pattern';

const matches = (pattern: string, url: string) => matchesPattern(parsePattern(pattern), new URL(url));
const specificity = (pattern: string) => patternSpecificity(parsePattern(pattern));

describe('match patterns', () => {
  it('matches scheme, host wildcard and path like the browser does', () => {
    expect(matches('*://*.example.com/news/*', 'https://www.example.com/news/2024/1.html')).toBe(true);
    expect(matches('*://*.example.com/news/*', 'http://example.com/news/')).toBe(true);
    expect(matches('*://*.example.com/news/*', 'https://example.com/sport/1.html')).toBe(false);
    expect(matches('*://*.example.com/*', 'https://badexample.com/')).toBe(false);
    expect(matches('https://example.com/*', 'http://example.com/a')).toBe(false);
    expect(matches('*://example.com/*', 'ftp://example.com/a')).toBe(false);
  });

  it('takes an exact host as that host only, and a *. host with every subdomain depth', () => {
    expect(matches('*://example.com/*', 'https://www.example.com/')).toBe(false);
    expect(matches('*://*.example.com/*', 'https://a.b.c.example.com/x')).toBe(true);
    expect(matches('*://*.example.com/*', 'https://example.com.evil.net/')).toBe(false);
    expect(matches('*://*/*', 'https://anything.org/at/all')).toBe(true);
  });

  it('treats a plain host as the site and all its subdomains, on any path', () => {
    expect(matches('example.com', 'https://example.com/a')).toBe(true);
    expect(matches('example.com', 'http://news.example.com/a?b=1')).toBe(true);
    expect(matches('example.com', 'https://example.com.evil.net/')).toBe(false);
    expect(matches('example.com', 'https://notexample.com/')).toBe(false);
    expect(matches('example.com/news/*', 'https://m.example.com/news/3')).toBe(true);
    expect(matches('example.com/news/*', 'https://m.example.com/sport/3')).toBe(false);
    expect(matches('EXAMPLE.com', 'https://Example.COM/')).toBe(true);
  });

  it('matches paths literally, the query string included, with * as the only wildcard', () => {
    expect(matches('*://example.com/article?id=*', 'https://example.com/article?id=42')).toBe(true);
    expect(matches('*://example.com/article', 'https://example.com/article?id=42')).toBe(false);
    expect(matches('*://example.com/a.html', 'https://example.com/aXhtml')).toBe(false);
    expect(matches('*://example.com/news/*/detail', 'https://example.com/news/2024/05/detail')).toBe(true);
  });

  it('matches paths written as read against URLs percent-encoded, and the other way round', () => {
    expect(matches('*://example.com/文章/*', 'https://example.com/文章/1.html')).toBe(true);
    expect(matches('*://example.com/%E6%96%87%E7%AB%A0/*', 'https://example.com/文章/1.html')).toBe(true);
    expect(matches('*://example.com/my page*', 'https://example.com/my%20page.html')).toBe(true);
    // An encoded slash stays encoded: it is not a path separator.
    expect(matches('*://example.com/a/b', 'https://example.com/a%2Fb')).toBe(false);
  });

  describe('ports', () => {
    it('lets a pattern without a port match every port, so dev servers need no rule per port', () => {
      expect(matches('127.0.0.1', 'http://127.0.0.1:4173/page.html')).toBe(true);
      expect(matches('*://localhost/*', 'http://localhost:5173/')).toBe(true);
      expect(matches('*://localhost/*', 'http://localhost/')).toBe(true);
      expect(matches('example.com', 'https://news.example.com:8443/a')).toBe(true);
    });

    it('lets a pattern with a port match that port only', () => {
      expect(matches('*://localhost:3000/*', 'http://localhost:3000/a')).toBe(true);
      expect(matches('*://localhost:3000/*', 'http://localhost:8080/')).toBe(false);
      expect(matches('*://localhost:3000/*', 'http://localhost/')).toBe(false);
      expect(matches('localhost:5173', 'http://localhost:5173/')).toBe(true);
      expect(matches('localhost:5173', 'http://localhost:5174/')).toBe(false);
      expect(matches('*://*:8080/*', 'http://intranet:8080/')).toBe(true);
      expect(matches('*://*:8080/*', 'http://intranet:8081/')).toBe(false);
    });

    it('counts the scheme’s default port as written when the URL leaves it out', () => {
      expect(matches('https://example.com:443/*', 'https://example.com/')).toBe(true);
      expect(matches('*://example.com:80/*', 'http://example.com/')).toBe(true);
      expect(matches('*://example.com:80/*', 'https://example.com/')).toBe(false);
    });

    it('reads ports after IPv6 hosts', () => {
      expect(matches('*://[::1]/*', 'http://[::1]:8000/')).toBe(true);
      expect(matches('*://[::1]:8000/*', 'http://[::1]:8000/')).toBe(true);
      expect(matches('*://[::1]:8000/*', 'http://[::1]:9000/')).toBe(false);
    });
  });

  describe('internationalised hosts', () => {
    it('matches a Unicode pattern against a Unicode or punycode URL', () => {
      expect(matches('*.例子.中国', 'https://新闻.例子.中国/文章')).toBe(true);
      expect(matches('*.例子.中国', 'https://xn--fsqu00a.xn--fsqu00a.xn--fiqs8s/')).toBe(true);
      expect(matches('*://bücher.de/*', 'https://xn--bcher-kva.de/katalog')).toBe(true);
    });

    it('matches a punycode pattern against a Unicode or punycode URL', () => {
      expect(matches('xn--fsqu00a.xn--fiqs8s', 'https://例子.中国/')).toBe(true);
      expect(matches('*://xn--bcher-kva.de/*', 'https://bücher.de/')).toBe(true);
      expect(matches('*://xn--bcher-kva.de/*', 'https://xn--bcher-kva.de/')).toBe(true);
    });

    it('keeps different IDN hosts apart', () => {
      expect(matches('*://bücher.de/*', 'https://bucher.de/')).toBe(false);
      expect(matches('例子.中国', 'https://例子.cn/')).toBe(false);
    });
  });

  describe('file URLs', () => {
    it('matches file URLs only with a file: pattern, by path', () => {
      expect(matches('file:///home/me/clips/*', 'file:///home/me/clips/page.html')).toBe(true);
      expect(matches('file:///home/me/clips/*', 'file:///home/me/other/page.html')).toBe(false);
      expect(matches('file:///*', 'file:///C:/Users/me/saved.html')).toBe(true);
      expect(matches('*://*/*', 'file:///home/me/page.html')).toBe(false);
      expect(matches('https://*/*', 'file:///home/me/page.html')).toBe(false);
    });

    it('matches saved pages whose names hold spaces or Unicode as written', () => {
      expect(matches('file:///home/me/存档/*', 'file:///home/me/存档/新闻 1.html')).toBe(true);
      expect(matches('file:///home/me/my clips/*.html', 'file:///home/me/my%20clips/a.html')).toBe(true);
    });
  });

  it('rejects malformed patterns with a message naming the problem', () => {
    expect(() => parsePattern('gopher://example.com/*')).toThrow(/unsupported scheme "gopher"/);
    expect(() => parsePattern('*://exa*mple.com/*')).toThrow(/may only start the host/);
    expect(() => parsePattern('*://*example.com/*')).toThrow(/may only start the host/);
    expect(() => parsePattern('')).toThrow(/empty/);
    expect(() => parsePattern('   ')).toThrow(/empty/);
    expect(() => parsePattern('*://example.com:http/*')).toThrow(/invalid port "http"/);
    expect(() => parsePattern('localhost:70000')).toThrow(/invalid port "70000"/);
    expect(() => parsePattern('*://exa mple.com/*')).toThrow(/invalid host/);
  });

  it('ranks exact hosts over wildcards, a port over none, deeper subdomains and longer paths higher', () => {
    expect(specificity('*://www.example.com/*')).toBeGreaterThan(specificity('*://*.example.com/news/long/path/*'));
    expect(specificity('*://*.example.com/*')).toBeGreaterThan(specificity('*://*/news/*'));
    expect(specificity('*://localhost:3000/*')).toBeGreaterThan(specificity('*://localhost/*'));
    expect(specificity('*://*.news.example.com/*')).toBeGreaterThan(specificity('*://*.example.com/*'));
    expect(specificity('*://example.com/news/*')).toBeGreaterThan(specificity('*://example.com/*'));
    expect(specificity(`*://example.com/${'a'.repeat(5000)}`)).toBeLessThan(specificity('*://example.com:80/'));
  });

  it('matches globs in linear time even on adversarial input', () => {
    const text = 'a'.repeat(50_000);
    expect(globMatches('*a*a*a*a*a*a*a*a*b', text)).toBe(false);
    expect(globMatches('/news/*/detail/*', '/news/2024/detail/9')).toBe(true);
    expect(globMatches('/news/*', '/sport/1')).toBe(false);
  });
});
