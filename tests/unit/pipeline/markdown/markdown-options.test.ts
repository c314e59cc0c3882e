import { describe, expect, it } from 'vitest';
import { DEFAULT_MARKDOWN_OPTIONS, markdownOptionsSchema } from '@/utils/pipeline/markdown/markdown-options';

describe('markdownOptionsSchema', () => {
  it('parses an empty stored object to the defaults', () => {
    expect(markdownOptionsSchema.parse({})).toEqual(DEFAULT_MARKDOWN_OPTIONS);
    expect(DEFAULT_MARKDOWN_OPTIONS).toEqual({
      headingStyle: 'atx', bulletMarker: '-', emDelimiter: '_', strongDelimiter: '**', codeFence: '```', linkStyle: 'inline', images: 'remote',
    });
  });

  it('keeps what a partial object sets and fills the rest', () => {
    expect(markdownOptionsSchema.parse({ linkStyle: 'reference', images: 'drop' })).toEqual({ ...DEFAULT_MARKDOWN_OPTIONS, linkStyle: 'reference', images: 'drop' });
  });

  it('rejects a value outside its choices, naming the field', () => {
    const parsed = markdownOptionsSchema.safeParse({ bulletMarker: '•' });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.path).toEqual(['bulletMarker']);
  });

  it('cannot be changed through the defaults object', () => {
    expect(Object.isFrozen(DEFAULT_MARKDOWN_OPTIONS)).toBe(true);
  });
});
