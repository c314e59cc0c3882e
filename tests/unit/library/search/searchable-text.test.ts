import { describe, expect, it } from 'vitest';
import { searchableText } from '@/utils/library/search/searchable-text';

describe('searchableText', () => {
  it('keeps link and image text but not their addresses', () => {
    const text = searchableText('See [the report](https://example.com/a_(b).pdf "Report") and ![port photo](https://cdn.example.com/x.jpg).');
    expect(text).toContain('the report');
    expect(text).toContain('port photo');
    expect(text).not.toMatch(/example|cdn|pdf|jpg/);
  });

  it('drops bare addresses, reference definitions and HTML tags, keeping the words between tags', () => {
    const text = searchableText('Visit https://example.com/path now.\n\n[1]: https://example.com/ref "Ref"\n\n<table><tr><td>港口 cell</td></tr></table>');
    expect(text).not.toMatch(/example|ref|table|td/i);
    expect(text).toContain('Visit');
    expect(text).toContain('港口 cell');
  });
});
