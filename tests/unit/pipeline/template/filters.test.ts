import { describe, expect, it } from 'vitest';
import { renderTemplate } from '@/utils/pipeline/template/render-template';
import { variables } from './variables';

const render = (source: string, overrides = {}) => renderTemplate(source, variables(overrides));

describe('filters', () => {
  it('date: formats in the date’s own offset, tokens and [literal text]', () => {
    expect(render('{{published|date:"YYYY-MM-DD HH:mm"}}')).toBe('2024-09-27 10:30');
    expect(render('{{published|date:"YY M D H:m:s [at] Z ZZ"}}')).toBe('24 9 27 10:30:0 at +08:00 +0800');
    expect(render('{{published|date}}')).toBe('2024-09-27T10:30:00+08:00');
    expect(render('{{published|date:"[YYYY] YYYY"}}')).toBe('YYYY 2024');
  });

  it('date: leaves text that is no date as it is, and a missing date missing', () => {
    expect(render('{{title|date:"YYYY"}}')).toBe('A title');
    expect(render('{{published|date:"YYYY"}}', { published: null })).toBeNull();
    expect(render('{{tags|date:"YYYY"}}', { tags: ['2024-01-02', 'soon'] })).toEqual(['2024', 'soon']);
  });

  it('slug: lower-case Latin, dashes for anything else, Chinese kept', () => {
    expect(render('{{title|slug}}', { title: '漳州开发区:一鼓作气' })).toBe('漳州开发区-一鼓作气');
    expect(render('{{title|slug}}', { title: '  It’s Back! (2024 Edition) 🎉 ' })).toBe('its-back-2024-edition');
    expect(render('{{title|slug}}', { title: 'ＡＢＣ１２３：全角' })).toBe('abc123-全角');
    expect(render('{{title|slug}}', { title: 'a---b___c' })).toBe('a-b-c');
  });

  it('lower, upper, trim; on a list, each item', () => {
    expect(render('{{title|lower}}')).toBe('a title');
    expect(render('{{title|upper}}')).toBe('A TITLE');
    expect(render('[{{title|trim}}]', { title: '  \n padded \t' })).toBe('[padded]');
    expect(render('{{tags|upper}}')).toEqual(['NEWS', 'PORT']);
  });

  it('default: for missing, blank or empty values, with text or another variable', () => {
    expect(render('{{author|default:"Anonymous"}}', { author: null })).toBe('Anonymous');
    expect(render('{{author|default:"Anonymous"}}', { author: '   ' })).toBe('Anonymous');
    expect(render('{{author|default:"Anonymous"}}')).toBe('Jane Doe');
    expect(render('{{tags|default:"none"}}', { tags: [] })).toBe('none');
    expect(render('{{published|default:clipped}}', { published: null })).toBe('2026-11-23T19:40:05+08:00');
    expect(render('{{wordCount|default:1}}', { wordCount: 0 })).toBe(0);
  });

  it('join: a list into text, default separator ", "', () => {
    expect(render('{{tags|join}}')).toBe('news, Port');
    expect(render('{{tags|join:" / "}}')).toBe('news / Port');
    expect(render('{{title|join:"-"}}')).toBe('A title');
  });

  it('truncate: at most N characters (code points), ending in … when cut', () => {
    expect(render('{{title|truncate:80}}')).toBe('A title');
    expect(render('{{title|truncate:4}}')).toBe('A t…');
    expect(render('{{title|truncate:3}}', { title: '😀😀😀😀' })).toBe('😀😀…');
    expect(render('{{title|truncate:7}}')).toBe('A title');
  });

  it('replace: every occurrence, literally (no patterns)', () => {
    expect(render('{{title|replace:"t":"T"}}')).toBe('A TiTle');
    expect(render('{{title|replace:".":"!"}}', { title: 'a.b.c' })).toBe('a!b!c');
    expect(render('{{title|replace:" ":""}}')).toBe('Atitle');
  });

  it('chains left to right', () => {
    expect(render('{{author|default:site|upper|replace:" ":"_"}}', { author: null })).toBe('EXAMPLE_NEWS');
    expect(render('{{published|default:clipped|date:"YYYY-MM-DD"}}-{{title|slug}}', { published: null })).toBe('2026-11-23-a-title');
  });
});
