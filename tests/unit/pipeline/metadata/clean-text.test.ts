import { describe, expect, it } from 'vitest';
import { cleanText } from '../../../../utils/pipeline/metadata/clean-text';

describe('cleanText', () => {
  it('collapses runs of ordinary, non-breaking and full-width spaces', () => {
    expect(cleanText('  标题\u3000\u3000第二行\n\t end\u00a0 ')).toBe('标题 第二行 end');
  });

  it('treats missing values as empty', () => {
    expect(cleanText(null)).toBe('');
    expect(cleanText(undefined)).toBe('');
    expect(cleanText('\u200b\ufeff')).toBe('');
  });
});
