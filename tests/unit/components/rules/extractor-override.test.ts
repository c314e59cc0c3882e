import { describe, expect, it } from 'vitest';
import { encodeExtractorOverride, EXTRACTOR_OVERRIDE_KEY, takeExtractorOverride } from '@/utils/browser/extractor-override';
import { exampleRule } from './support';

const RULE = exampleRule({ frontMatter: { cover: null, comments: false } });

describe('handing the extractor a rule', () => {
  it('keeps "no rule" and empty front-matter values apart from nothing at all, and is taken once', () => {
    const scope: Record<string, unknown> = { [EXTRACTOR_OVERRIDE_KEY]: encodeExtractorOverride({ rule: null }) };
    expect(takeExtractorOverride(scope)).toEqual({ rule: null });
    expect(takeExtractorOverride(scope)).toBeNull();
    scope[EXTRACTOR_OVERRIDE_KEY] = encodeExtractorOverride({ rule: RULE });
    expect(takeExtractorOverride(scope)).toEqual({ rule: RULE });
    expect(EXTRACTOR_OVERRIDE_KEY in scope).toBe(false);
  });

  it('ignores anything else left under its key', () => {
    expect(takeExtractorOverride({ [EXTRACTOR_OVERRIDE_KEY]: { rule: null } })).toBeNull();
    expect(takeExtractorOverride({ [EXTRACTOR_OVERRIDE_KEY]: '"text"' })).toBeNull();
    expect(takeExtractorOverride({})).toBeNull();
  });
});
