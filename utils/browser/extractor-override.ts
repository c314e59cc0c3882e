// How an extension page hands the extractor a rule to clip with instead of the stored ones (the rule
// editor's "Test on a URL"): an injected function leaves it in the extension's isolated world, where
// the extractor, injected next, takes it. Taking removes it, so a later toolbar clip never sees it.
import type { SiteRule } from '../site-rules/site-rule';

export const EXTRACTOR_OVERRIDE_KEY = '__clipdownRuleOverride';

export interface ExtractorOverride {
  /** The rule to clip with; null clips as if no rule matched. */
  rule: SiteRule | null;
}

/**
 * What crosses into the page: JSON text, because Chrome drops null members of injected arguments,
 * which would turn "no rule" into "the stored rules" and a rule's empty front-matter values into none.
 */
export function encodeExtractorOverride(override: ExtractorOverride): string {
  return JSON.stringify(override);
}

export function takeExtractorOverride(scope: Record<string, unknown> = globalThis as unknown as Record<string, unknown>): ExtractorOverride | null {
  const value = scope[EXTRACTOR_OVERRIDE_KEY];
  delete scope[EXTRACTOR_OVERRIDE_KEY];
  if (typeof value !== 'string') return null;
  const parsed: unknown = JSON.parse(value);
  return typeof parsed === 'object' && parsed !== null && 'rule' in parsed ? (parsed as ExtractorOverride) : null;
}
