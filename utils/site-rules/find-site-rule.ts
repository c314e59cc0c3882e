// Picks the rule for a URL: among enabled rules with a matching pattern, the most specific
// pattern wins, then the earlier rule in the user's order.
import { matchesPattern, parsePattern, patternSpecificity } from './match-pattern';
import type { SiteRule } from './site-rule';

export function findSiteRule(rules: readonly SiteRule[], pageUrl: string): SiteRule | null {
  let url: URL;
  try {
    url = new URL(pageUrl);
  } catch {
    return null;
  }
  let best: { rule: SiteRule; score: number } | null = null;
  for (const rule of rules) {
    if (!rule.enabled) continue;
    const score = bestMatchScore(rule, url);
    if (score !== null && (best === null || score > best.score)) best = { rule, score };
  }
  return best?.rule ?? null;
}

function bestMatchScore(rule: SiteRule, url: URL): number | null {
  let best: number | null = null;
  for (const text of rule.patterns) {
    let pattern;
    try {
      pattern = parsePattern(text);
    } catch {
      continue; // invalid patterns are reported when the rule is saved, never matched
    }
    if (!matchesPattern(pattern, url)) continue;
    const score = patternSpecificity(pattern);
    if (best === null || score > best) best = score;
  }
  return best;
}
