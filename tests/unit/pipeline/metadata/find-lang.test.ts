import { describe, expect, it } from 'vitest';
import { findLang } from '../../../../utils/pipeline/metadata/find-lang';
import { readMetaTags } from '../../../../utils/pipeline/metadata/meta-tags';
import { makeDocument } from './make-document';

const lang = (html: string): string | null => {
  const doc = makeDocument(html);
  return findLang(doc, readMetaTags(doc));
};

describe('findLang', () => {
  it('reads <html lang> and normalises case', () => {
    expect(lang('<html lang="zh-cn"><body></body></html>')).toBe('zh-CN');
    expect(lang('<html lang="ZH-hans-cn"><body></body></html>')).toBe('zh-Hans-CN');
    expect(lang('<html lang="en"><body></body></html>')).toBe('en');
  });

  it('then Content-Language', () => {
    expect(lang('<html><head><meta http-equiv="Content-Language" content="zh-TW, en"></head><body></body></html>')).toBe('zh-TW');
  });

  it('then og:locale, converting underscores', () => {
    expect(lang('<html><head><meta property="og:locale" content="zh_CN"></head><body></body></html>')).toBe('zh-CN');
  });

  it('skips values that are not language tags', () => {
    expect(lang('<html lang="utf-8"><head><meta property="og:locale" content="en_GB"></head><body></body></html>')).toBe('en-GB');
    expect(lang('<html lang="chinese"><body></body></html>')).toBeNull();
    expect(lang('<html><body></body></html>')).toBeNull();
  });
});
