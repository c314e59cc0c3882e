import { describe, expect, it } from 'vitest';
import { cleanTitleText } from '@/utils/pipeline/metadata/clean-title-text';

describe('cleanTitleText', () => {
  it('turns line breaks and the indentation around them into one space', () => {
    expect(cleanTitleText('\n   List of films\n        featuring time loops \t')).toBe('List of films featuring time loops');
  });

  it('keeps the spaces the writer typed, full-width ones included', () => {
    expect(cleanTitleText('欲張りなイヌ　＜福娘童話集　童話＞')).toBe('欲張りなイヌ　＜福娘童話集　童話＞');
    expect(cleanTitleText('Review:  a console')).toBe('Review:  a console');
  });

  it('is empty for nothing', () => {
    expect(cleanTitleText(null)).toBe('');
  });
});
