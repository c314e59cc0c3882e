import { describe, expect, it } from 'vitest';
import { readMetaTags } from '../../../../utils/pipeline/metadata/meta-tags';
import { makeDocument } from './make-document';

describe('readMetaTags', () => {
  const doc = makeDocument(`<html><head>
    <META NAME="Keywords" CONTENT="a,b">
    <meta property="og:title" content="  Spaced   title ">
    <meta property="article:tag" content="one"><meta property="article:tag" content="two">
    <meta itemprop="datePublished dateCreated" content="2024-09-27">
    <meta http-equiv="Content-Language" content="zh-CN">
    <meta name="weibo: article:create_at" content="2024-09-27 10:30:00">
    <meta name="author" content="">
    <meta name="author" content="张三">
  </head><body></body></html>`);
  const meta = readMetaTags(doc);

  it('looks keys up case-insensitively, with whitespace collapsed', () => {
    expect(meta.first('keywords')).toBe('a,b');
    expect(meta.first('OG:TITLE')).toBe('Spaced title');
    expect(meta.first('content-language')).toBe('zh-CN');
    expect(meta.first('weibo: article:create_at')).toBe('2024-09-27 10:30:00');
  });

  it('indexes each itemprop token', () => {
    expect(meta.first('datepublished')).toBe('2024-09-27');
    expect(meta.first('datecreated')).toBe('2024-09-27');
  });

  it('returns the first key that has a value, skipping empty contents', () => {
    expect(meta.first('og:description', 'author')).toBe('张三');
    expect(meta.first('missing')).toBeNull();
  });

  it('lists repeated keys in document order', () => {
    expect(meta.all('article:tag')).toEqual(['one', 'two']);
    expect(meta.all('nothing')).toEqual([]);
  });
});
