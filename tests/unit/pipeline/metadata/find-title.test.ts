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

  it('takes og:title as the publisher wrote it, site name included', () => {
    expect(title('<meta property="og:site_name" content="示例新闻"><meta property="og:title" content="北京发布新规_示例新闻"><title>北京发布新规_示例新闻</title>', '<h1>H1</h1>').title).toBe('北京发布新规_示例新闻');
    expect(title('<meta property="og:title" content="Markets  rally"><title>Other</title>').title).toBe('Markets rally');
  });

  it('reads Dublin Core and other declared-title metas when there is no og:title', () => {
    expect(title('<title>Title Element</title><meta property="x:title dc:title" content="Preferred title">').title).toBe('Preferred title');
    expect(title('<meta name="parsely-title" content="Parsely title">', '<h1>H1</h1>').title).toBe('Parsely title');
  });

  it('prefers the JSON-LD name over a headline that does not match <title>', () => {
    const ld = (json: string) => `<script type="application/ld+json">${json}</script>`;
    expect(title(`<title>List of films featuring time loops - Wikipedia</title>${ld('{"@type":"Article","name":"List of films featuring time loops","headline":"Wikimedia list article"}')}`).title)
      .toBe('List of films featuring time loops');
    expect(title(`<title>Ham wins again - News</title>${ld('{"@type":"NewsArticle","name":"News","headline":"Ham wins again"}')}`).title).toBe('Ham wins again');
  });

  it('then the single plausible h1, when <title> repeats it', () => {
    expect(title('<title>Markets rally as rates fall | Example</title>', '<h1>Markets rally as rates fall</h1>').title).toBe('Markets rally as rates fall');
    expect(title('', '<h1>Markets rally as rates fall</h1>').title).toBe('Markets rally as rates fall');
  });

  it('ignores an h1 that <title> does not repeat: a section or logo heading', () => {
    expect(title('<title>Babies who eat peanuts early may avoid allergy</title>', '<h1>Allergies Health Center</h1>').title)
      .toBe('Babies who eat peanuts early may avoid allergy');
  });

  it('keeps the spaces a title was written with, but not its line breaks', () => {
    expect(title('<title>欲張りなイヌ　＜福娘童話集＞</title>').title).toBe('欲張りなイヌ　＜福娘童話集＞');
    expect(title('<title>\n    Markets rally\n    as rates fall\n  </title>').title).toBe('Markets rally as rates fall');
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
