import { describe, expect, it } from 'vitest';
import { coerceFieldValue } from '@/utils/pipeline/render/field-value';

describe('coerceFieldValue', () => {
  it('text: any value as text; missing or empty as an empty value', () => {
    expect(coerceFieldValue('A title', 'text')).toBe('A title');
    expect(coerceFieldValue(42, 'text')).toBe('42');
    expect(coerceFieldValue(false, 'text')).toBe('false');
    expect(coerceFieldValue(['a', 'b'], 'text')).toBe('a, b');
    expect(coerceFieldValue('', 'text')).toBeNull();
    expect(coerceFieldValue(null, 'text')).toBeNull();
    expect(coerceFieldValue('  ', 'text')).toBe('  ');
  });

  it('list: lists as they are; text split on Latin and Chinese commas and 、', () => {
    expect(coerceFieldValue(['a, b', ''], 'list')).toEqual(['a, b', '']);
    expect(coerceFieldValue('新媒体、趣头条，分类, news ,', 'list')).toEqual(['新媒体', '趣头条', '分类', 'news']);
    expect(coerceFieldValue('clippings', 'list')).toEqual(['clippings']);
    expect(coerceFieldValue('', 'list')).toEqual([]);
    expect(coerceFieldValue(null, 'list')).toEqual([]);
    expect(coerceFieldValue(3, 'list')).toEqual(['3']);
  });

  it('list: a URL is one item, commas and all', () => {
    expect(coerceFieldValue('https://cdn.example.com/w_400,h_300/a.jpg', 'list')).toEqual(['https://cdn.example.com/w_400,h_300/a.jpg']);
  });

  it('list: hands out a copy, not the variable’s own array', () => {
    const tags = ['a'];
    const list = coerceFieldValue(tags, 'list') as string[];
    list.push('b');
    expect(tags).toEqual(['a']);
  });

  it('boolean: true/false/yes/no in any case; other text kept', () => {
    expect(coerceFieldValue('false', 'boolean')).toBe(false);
    expect(coerceFieldValue(' Yes ', 'boolean')).toBe(true);
    expect(coerceFieldValue('NO', 'boolean')).toBe(false);
    expect(coerceFieldValue(true, 'boolean')).toBe(true);
    expect(coerceFieldValue('', 'boolean')).toBeNull();
    expect(coerceFieldValue('maybe', 'boolean')).toBe('maybe');
  });

  it('number: decimal text becomes a number; other text kept', () => {
    expect(coerceFieldValue('42', 'number')).toBe(42);
    expect(coerceFieldValue(' -3.5 ', 'number')).toBe(-3.5);
    expect(coerceFieldValue(7, 'number')).toBe(7);
    expect(coerceFieldValue('0x10', 'number')).toBe('0x10');
    expect(coerceFieldValue('', 'number')).toBeNull();
    expect(coerceFieldValue('many', 'number')).toBe('many');
  });

  it('date: ISO 8601 in the date’s own offset, date-only kept date-only, other text kept', () => {
    expect(coerceFieldValue('2024-09-27T10:30+08:00', 'date')).toBe('2024-09-27T10:30:00+08:00');
    expect(coerceFieldValue('2024-09-27', 'date')).toBe('2024-09-27');
    expect(coerceFieldValue('Fri, 25 Mar 2022 02:18:31 GMT', 'date')).toBe('2022-03-25T02:18:31Z');
    expect(coerceFieldValue('2024-09-27T10:30', 'date')).toBe('2024-09-27T10:30:00');
    expect(coerceFieldValue('soon', 'date')).toBe('soon');
    expect(coerceFieldValue(null, 'date')).toBeNull();
    expect(coerceFieldValue('', 'date')).toBeNull();
  });
});
