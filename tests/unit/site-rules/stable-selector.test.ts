import { describe, expect, it } from 'vitest';
import { cssEscape, isGeneratedName, similarSelector, stableSelector } from '@/utils/site-rules/stable-selector';
import { documentFrom } from '../../support/dom';

/** The element marked `data-target` in the page, and the selector picked for it, proved to match only it. */
function pick(body: string): { selector: string; document: Document } {
  const document = documentFrom(`<!doctype html><html><head><title>t</title></head><body>${body}</body></html>`);
  const target = document.querySelector('[data-target]');
  if (!target) throw new Error('no [data-target] in the test page');
  const selector = stableSelector(target);
  const matched = document.querySelectorAll(selector);
  expect(matched, `${selector} matches the target only`).toHaveLength(1);
  expect(matched[0]).toBe(target);
  return { selector, document };
}

describe('stableSelector', () => {
  it('takes a unique id', () => {
    expect(pick('<div class="post"><div id="article-body" class="content" data-target>x</div></div>').selector).toBe('#article-body');
  });

  it('skips ids that look generated: long digit runs, hashes, framework prefixes, React ids', () => {
    for (const id of ['post-48213', 'a8f3k2b', 'ember412', ':r1:', 'radix-12', 'yui_3_5_1_1']) {
      expect(pick(`<div id="${id}" class="story-body" data-target>x</div><div class="teaser">y</div>`).selector).toBe('.story-body');
    }
  });

  it('does not trust an id the page uses twice', () => {
    expect(pick('<p id="dup">a</p><div id="dup" class="lead" data-target>b</div>').selector).toBe('.lead');
  });

  it('prefers a meaningful class over generated and state classes', () => {
    const { selector } = pick('<article class="css-1x2y3z sc-bdVaJa jsx-123 is-active open article-body Header_title__a1B2c" data-target>x</article>');
    expect(selector).toBe('.article-body');
  });

  it('adds the tag when the class alone is not unique', () => {
    expect(pick('<div class="story">teaser</div><article class="story" data-target>x</article>').selector).toBe('article.story');
  });

  it('combines two classes when neither is unique alone', () => {
    expect(pick('<div class="card wide">a</div><div class="card main" data-target>b</div><div class="box main">c</div>').selector).toBe('.card.main');
  });

  it('never writes a generated class, even one that would be unique', () => {
    expect(pick('<div class="wrap"><div>a</div><div class="css-9kq2xz" data-target>b</div></div>').selector).toBe('.wrap > div:nth-of-type(2)');
  });

  it('anchors on the nearest ancestor with a stable name', () => {
    const body = '<div id="sidebar"><h2>Links</h2></div><main class="story"><header><h2 data-target>Title</h2></header></main>';
    expect(pick(body).selector).toBe('.story h2');
  });

  it('uses descriptive attributes an author chose', () => {
    expect(pick('<div><div itemprop="articleBody" data-target>x</div><div itemprop="author">y</div></div>').selector).toBe('div[itemprop="articleBody"]');
  });

  it('falls back to :nth-of-type in a short chain anchored on a named ancestor', () => {
    const body = '<div class="comments"><p>c1</p><p>c2</p></div><div class="text"><p>one</p><p data-target>two</p><p>three</p></div>';
    expect(pick(body).selector).toBe('.text > p:nth-of-type(2)');
  });

  it('uses positions only where siblings look alike', () => {
    const body = '<section><div><span>a</span></div><div><span>b</span><em>x</em></div></section><section><div><span data-target>c</span></div></section>';
    const { selector } = pick(body);
    expect(selector).toBe('section:nth-of-type(2) > div > span');
  });

  it('separates two elements with the same classes by position', () => {
    const body = '<div class="post"><div class="share-bar">top</div><p>text</p><div class="share-bar" data-target>bottom</div></div>';
    expect(pick(body).selector).toBe('.post > div.share-bar:nth-of-type(2)');
  });

  it('escapes names CSS would misread', () => {
    expect(pick('<div id="1st.lead" data-target>x</div>').selector).toBe('#\\31 st\\.lead');
    expect(pick('<div class="a:b">tailwind variant</div><div class="md-col" data-target>x</div>').selector).toBe('.md-col');
  });

  it('names the body and an unnamed only child of it', () => {
    const document = documentFrom('<html><body><div>x</div></body></html>');
    expect(stableSelector(document.body)).toBe('body');
    expect(stableSelector(document.querySelector('div')!)).toBe('div');
  });

  it('finds elements inside a shadow root among that root only', () => {
    const document = documentFrom('<div id="host"></div><p class="note">outside</p>');
    const shadow = document.getElementById('host')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<p class="note">inside</p>';
    expect(stableSelector(shadow.querySelector('p')!)).toBe('.note');
  });
});

describe('similarSelector', () => {
  it('names every element with the same meaningful class', () => {
    const document = documentFrom('<div class="share-bar is-sticky">a</div><p>x</p><div class="share-bar">b</div>');
    const selector = similarSelector(document.querySelector('.share-bar')!);
    expect(selector).toBe('.share-bar');
    expect(document.querySelectorAll(selector!)).toHaveLength(2);
  });

  it('keeps as few classes as match the same elements', () => {
    const document = documentFrom('<div class="ad slot">a</div><div class="ad">b</div><div class="ad slot">c</div>');
    expect(similarSelector(document.querySelector('.slot')!)).toBe('.slot');
    const both = documentFrom('<div class="ad slot">a</div><div class="ad">b</div><div class="slot">c</div>');
    expect(similarSelector(both.querySelector('.slot')!)).toBe('.ad.slot');
  });

  it('is null for an element with no meaningful class', () => {
    const document = documentFrom('<div class="css-abc123 active">a</div>');
    expect(similarSelector(document.querySelector('div')!)).toBeNull();
  });
});

describe('isGeneratedName', () => {
  it('tells generated names from authored ones', () => {
    for (const name of ['css-1x2y3z', 'sc-bdVaJa', 'jsx-2812', 'svelte-xyz', 'post-12345', 'x9f8e7d6', '_3kLmN', 'ng-star-inserted']) {
      expect(isGeneratedName(name), name).toBe(true);
    }
    for (const name of ['article-body', 'share-bar', 'h2', 'col-12', 'entry_content', 'mp4-player']) {
      expect(isGeneratedName(name), name).toBe(false);
    }
  });
});

describe('cssEscape', () => {
  it('matches CSS.escape on the cases that matter for names', () => {
    expect(cssEscape('a.b')).toBe('a\\.b');
    expect(cssEscape('1a')).toBe('\\31 a');
    expect(cssEscape('-1a')).toBe('-\\31 a');
    expect(cssEscape('-')).toBe('\\-');
    expect(cssEscape('新闻')).toBe('新闻');
    expect(cssEscape('a b')).toBe('a\\ b');
  });
});
