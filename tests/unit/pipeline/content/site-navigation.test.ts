import { describe, expect, it } from 'vitest';
import { removeFurniture } from '@/utils/pipeline/content/remove-furniture';
import { documentFrom } from '../../../support/dom';

const PAGE = 'https://news.example.com/2024/09/27/harbour-story.html';

function cleaned(html: string, scope: 'page' | 'article' = 'article'): string {
  const doc = documentFrom(`<body><div id="root">${html}</div></body>`, PAGE);
  removeFurniture(doc.body, scope);
  return doc.body.textContent ?? '';
}

const STORY =
  '<p>The harbour authority said on Friday that the new breakwater would be finished by the spring. That is two years later than planned.</p>';
const items = (links: string[]) => `<ul>${links.map((link) => `<li>${link}</li>`).join('')}</ul>`;

describe('site navigation', () => {
  it('removes <nav> and elements whose role is navigation or menu, before Readability too', () => {
    const html =
      `<nav><ol><li><a href="/world">World</a></li><li><a href="/asia">Asia</a></li></ol></nav>` +
      `<div role="menubar"><a href="/sport" role="menuitem">Sport</a></div>` +
      `<ul><li><a href="/business" role="menuitem">Business</a></li></ul>${STORY}`;
    for (const scope of ['page', 'article'] as const) {
      const text = cleaned(html, scope);
      expect(text).toContain('breakwater');
      expect(text).not.toMatch(/World|Asia|Sport|Business/);
    }
  });

  it('keeps a navigation landmark that holds the headline or a paragraph of prose', () => {
    expect(cleaned(`<nav><h1>Breakwater delayed</h1><a href="/">Home</a></nav>${STORY}`)).toContain('Breakwater delayed');
    expect(cleaned(`<div role="navigation">${STORY}</div>`)).toContain('breakwater');
  });

  it('removes a list of short links to the site’s own pages: sections, archive months, categories with counts', () => {
    const sections = items(['<a href="/">Home</a>', '<a href="/news/nation-world/">US &amp; World</a>', '<a href="https://www.example.com/sports/">Sports</a>', '<a href="/homes/">Real Estate</a>']);
    const months = items(['<a href="/?m=200604">April 2006</a>', '<a href="/?m=200603">March 2006</a>', '<a href="/?m=200602">February 2006</a>', '<a href="/?m=200601">January 2006</a>']);
    const categories = items(['<a href="/?cat=1">财经</a> (31)', '<a href="/?cat=2">军情</a> (7)', '<a href="/?cat=3">杂谈</a> (33)', '<a href="/?cat=4">文化</a> (22)']);
    const text = cleaned(`${STORY}${sections}${months}${categories}`);
    expect(text).toContain('breakwater');
    expect(text).not.toMatch(/US & World|Real Estate|April 2006|January 2006|财经|文化/);
  });

  it('keeps lists a story holds: links elsewhere, a table of contents, entries that say more, short lists', () => {
    const elsewhere = items(['<a href="https://react.dev/">React</a>', '<a href="https://vuejs.org/">Vue</a>', '<a href="https://svelte.dev/">Svelte</a>', '<a href="https://angular.dev/">Angular</a>']);
    const contents = items(['<a href="#history">History</a>', '<a href="#design">Design</a>', '<a href="#cost">Cost</a>', '<a href="#delays">Delays</a>']);
    const described = items([
      '<a href="/ports">Ports</a>: where the ships dock',
      '<a href="/tides">Tides</a>: the tables for the year',
      '<a href="/weather">Weather</a>: today and tomorrow',
      '<a href="/ferries">Ferries</a>: times and fares',
    ]);
    const headlines = items([
      '<a href="/2024/09/26/a.html">Harbour workers vote to accept the new pay offer</a>',
      '<a href="/2024/09/25/b.html">Ferry timetable changes for the winter season</a>',
      '<a href="/2024/09/24/c.html">Council approves the plan for the new fish market</a>',
      '<a href="/2024/09/23/d.html">Storm damage to the old pier is worse than thought</a>',
    ]);
    const short = items(['<a href="/harbours">Harbours</a>', '<a href="/marinas">Marinas</a>', '<a href="/beaches">Beaches</a>']);
    const hanHeadlines = items(['<a href="/n/1">港务局称新防波堤明年春天完工</a>', '<a href="/n/2">渡轮冬季时刻表调整</a>', '<a href="/n/3">新鱼市场方案获批准</a>', '<a href="/n/4">旧码头风暴损毁比预想严重</a>']);
    const text = cleaned(`${STORY}${elsewhere}${contents}${described}${headlines}${hanHeadlines}${short}`);
    for (const kept of ['Svelte', 'History', 'Delays', 'where the ships dock', 'new pay offer', '渡轮冬季时刻表调整', 'Marinas']) expect(text).toContain(kept);
  });

  it('judges link menus only in the article Readability returned, not on the whole page', () => {
    const sections = items(['<a href="/world">World</a>', '<a href="/asia">Asia</a>', '<a href="/sport">Sport</a>', '<a href="/arts">Arts</a>']);
    expect(cleaned(`${sections}${STORY}`, 'page')).toContain('Sport');
  });
});
