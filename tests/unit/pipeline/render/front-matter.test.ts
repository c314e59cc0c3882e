import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { composeMarkdown, stringifyFrontMatter } from '@/utils/pipeline/render/front-matter';
import { frontMatterOf } from './clipped-page';

const yamlOf = (text: string) => text.slice('---\n'.length, -'---\n'.length);

describe('stringifyFrontMatter', () => {
  it('quotes text that YAML 1.1 readers (Jekyll, PyYAML) would load as something else', () => {
    const values = { a: 'yes', b: 'No', c: 'on', d: 'y', e: '1:20', f: '1_000', g: '2024-09-27', h: '=' };
    const text = stringifyFrontMatter(values);
    expect(parse(yamlOf(text), { version: '1.1' })).toEqual(values);
    expect(parse(yamlOf(text))).toEqual(values);
    expect(text).toContain("a: 'yes'\n");
  });

  it('quotes keys YAML 1.1 would misread, the merge key included', () => {
    const values = { on: 'x', '<<': 'y', n: 1 };
    expect(parse(yamlOf(stringifyFrontMatter(values)), { version: '1.1' })).toEqual(values);
  });

  it('writes date fields unquoted, so YAML 1.1 readers load them as dates', () => {
    const text = stringifyFrontMatter({ date: '2024-09-27T10:30:00+08:00', day: '2024-09-27', title: '2024-09-27' }, { dateKeys: new Set(['date', 'day']) });
    expect(text).toContain('date: 2024-09-27T10:30:00+08:00\nday: 2024-09-27\ntitle: ');
    const loaded = parse(yamlOf(text), { version: '1.1' }) as Record<string, unknown>;
    expect(loaded.date).toEqual(new Date('2024-09-27T02:30:00Z'));
    expect(loaded.day).toEqual(new Date('2024-09-27T00:00:00Z'));
    expect(loaded.title).toBe('2024-09-27');
  });

  it('escapes control characters, and those YAML 1.1 reads as line breaks', () => {
    const value = 'a\u0000b\u0007c\u007fd\u0085e\u2028f\ufeffg\ufffeh';
    const text = stringifyFrontMatter({ value });
    expect(text).toMatch(/^value: ".*"$/m);
    expect(text).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\ufeff\ufffe]/);
    expect(parse(yamlOf(text)).value).toBe(value);
    expect(parse(yamlOf(text), { version: '1.1' }).value).toBe(value);
  });

  it('writes a lone surrogate (half an emoji) as U+FFFD, as any UTF-8 file would hold it', () => {
    expect(parse(yamlOf(stringifyFrontMatter({ ['k\ud800']: ['x\udc00y', '😀'] })))).toEqual({ ['k\ufffd']: ['x\ufffdy', '😀'] });
  });

  it('a "---" line in a value cannot end the front-matter early', () => {
    const markdown = composeMarkdown({ title: 'a\n---\nb', after: 'x' }, 'Body');
    expect(frontMatterOf(markdown)).toEqual({ title: 'a\n---\nb', after: 'x' });
  });

  it('keeps a "__proto__" key as a key', () => {
    const frontMatter = Object.fromEntries([['__proto__', 'x']]);
    const loaded = parse(yamlOf(stringifyFrontMatter(frontMatter))) as Record<string, unknown>;
    expect(Object.keys(loaded)).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(loaded)).toBe(Object.prototype);
  });
});
