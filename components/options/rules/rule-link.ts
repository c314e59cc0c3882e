// The popup's "edit this rule" link: `options.html#rule=<id>&tab=<tabId>`. The tab is the page the
// user was clipping, so "Test on a URL" can use it without asking for its address.

export interface RuleLink {
  ruleId: string | null;
  tabId: number | null;
}

export function parseRuleLink(hash: string): RuleLink {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const ruleId = params.get('rule');
  // Digits only: Number('') is 0, a real tab id.
  const tab = params.get('tab') ?? '';
  return { ruleId: ruleId || null, tabId: /^\d+$/.test(tab) ? Number(tab) : null };
}
