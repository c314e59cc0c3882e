import { describe, expect, it } from 'vitest';
import { selectorProblem } from '@/utils/site-rules/check-selector';
import { documentFrom } from '../../support/dom';

const doc = documentFrom('<p>x</p>');

describe('selectorProblem', () => {
  it('accepts selectors the engine parses, however broad', () => {
    for (const selector of ['article', '#main .post-body > p', 'div[data-role="content"]', 'main, .story', '*']) {
      expect(selectorProblem(selector, doc), selector).toBeNull();
    }
  });

  it('rejects what the engine cannot parse, saying so', () => {
    for (const selector of ['div[', 'a >', '#1a', 'div..x']) {
      expect(selectorProblem(selector, doc), selector).toMatch(/^not a valid CSS selector/);
    }
  });

  it('adds the engine’s reason when it says more than "invalid"', () => {
    expect(selectorProblem('::bogus', doc)).toBe('not a valid CSS selector (Unknown pseudo-element ::bogus)');
    expect(selectorProblem('div[', doc)).toBe('not a valid CSS selector');
  });

  it('calls a blank selector empty', () => {
    expect(selectorProblem('', doc)).toBe('a selector cannot be empty');
    expect(selectorProblem('   ', doc)).toBe('a selector cannot be empty');
  });
});
