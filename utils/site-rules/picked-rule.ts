// What "pick from the page" does to the user's rules: the picked selectors go into the rule that already
// applies to the page (the one the next clip will use), or into a new rule for the page's host.
// Pure: rules in, rules out; the picker stores them.
import { findSiteRule } from './find-site-rule';
import { newRuleId, siteRuleSchema, type SiteRule } from './site-rule';

export interface PickedSelectors {
  /** The article root; replaces the rule's content selector. */
  contentSelector?: string;
  /** Parts to throw away; added to the rule's, each once. */
  removeSelectors?: readonly string[];
}

export interface PickedRuleChange {
  rules: SiteRule[];
  /** The rule as written, to name it to the user. */
  rule: SiteRule;
  created: boolean;
}

/** Throws when the page has no host to make a rule for (file: pages); the message says so. */
export function withPickedSelectors(
  rules: readonly SiteRule[],
  pageUrl: string,
  picked: PickedSelectors,
  makeId: () => string = newRuleId,
): PickedRuleChange {
  const existing = findSiteRule(rules, pageUrl);
  const base = existing ?? newRuleFor(pageUrl, makeId);
  const removeSelectors = unique([...base.removeSelectors, ...(picked.removeSelectors ?? [])]);
  const contentSelector = picked.contentSelector?.trim() || base.contentSelector;
  const rule: SiteRule = { ...base, removeSelectors, ...(contentSelector !== undefined && { contentSelector }) };
  if (!existing) return { rules: [...rules, rule], rule, created: true };
  return { rules: rules.map((candidate) => (candidate === existing ? rule : candidate)), rule, created: false };
}

function newRuleFor(pageUrl: string, makeId: () => string): SiteRule {
  const { protocol, hostname } = new URL(pageUrl);
  if (!hostname || (protocol !== 'http:' && protocol !== 'https:')) {
    throw new Error(`Clipdown makes site rules for web pages only, not for ${protocol} pages.`);
  }
  // The plain host: the rule covers the whole site (subdomains included), as a user would write it.
  return siteRuleSchema.parse({ id: makeId(), name: hostname, patterns: [hostname] });
}

function unique(selectors: readonly string[]): string[] {
  return [...new Set(selectors.map((selector) => selector.trim()).filter(Boolean))];
}
