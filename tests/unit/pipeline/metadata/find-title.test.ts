import { describe, expect, it } from 'vitest';
import { findTitle, type TitleFindings } from '../../../../utils/pipeline/metadata/find-title';
import { readJsonLd } from '../../../../utils/pipeline/metadata/json-ld';
import { readMetaTags } from '../../../../utils/pipeline/metadata/meta-tags';
import { findPlausibleH1 } from '../../../../utils/pipeline/metadata/plausible-h1';
import { collectSiteNames } from '../../../../utils/pipeline/metadata/site-names';
import { makeDocument } from './make-document';

const title = (head: string, body = '', url = 'https://www.example.com/a.html'): TitleFindings => {
  const doc = makeDocument(`<html><head>${head}</head><body>${body}</body></html>`, url);
  const meta = readMetaTags(doc);
  const jsonLd = readJsonLd(doc);
  const siteNames = collectSiteNames(meta, jsonLd, url);
  return findTitle({ doc, meta, jsonLd, siteNames, h1: findPlausibleH1(doc, siteNames) });
};

describe('findTitle', () => {
  it('prefers the JSON-LD headline', () => {
    expect(title('<title>T - Site</title><meta property="og:title" content="OG"><script type="application/ld+json">{"@type":"NewsArticle","headline":"LD headline"}</script>', '<h1>H1</h1>').title).toBe('LD headline');
  });

  it('then og:title, stripped of the site suffix', () => {
    expect(title('<meta property="og:site_name" content="示例新闻"><meta property="og:title" content="北京发布新规_示例新闻">', '<h1>H1</h1>').title).toBe('北京发布新规');
  });

  it('strips from og:title the same site part found in <title>', () => {
    expect(title('<title>北京发布新规_某某资讯</title><meta property="og:title" content="北京发布新规 | 某某资讯">').title).toBe('北京发布新规');
  });

  it('then the single plausible h1', () => {
    expect(title('<title>Whatever | Example</title>', '<h1>Markets rally as rates fall</h1>').title).toBe('Markets rally as rates fall');
  });

  it('then <title> without the site part, reporting that part', () => {
    expect(title('<title>专业天文爱好者详解月全食多种拍法_科学探索_示例网</title>', '<h1>A</h1><h1>B</h1>'))
      .toEqual({ title: '专业天文爱好者详解月全食多种拍法', sitePart: '示例网' });
    expect(title('<title>Markets rally as rates fall | Planet Wire</title>', '', 'https://www.planetwire.com/x'))
      .toEqual({ title: 'Markets rally as rates fall', sitePart: 'Planet Wire' });
  });

  it('keeps a hyphenated headline whole when nothing names a site', () => {
    expect(title('<title>Covid-19 cases rise - what we know</title>').title).toBe('Covid-19 cases rise - what we know');
  });

  it('skips an og:title that is only the site name', () => {
    expect(title('<meta property="og:site_name" content="Example"><meta property="og:title" content="Example"><title>Real headline here | Example</title>').title).toBe('Real headline here');
  });

  it('is empty when the page has no title at all', () => {
    expect(title('', '<p>text</p>')).toEqual({ title: '', sitePart: null });
  });
});
