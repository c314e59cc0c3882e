import { describe, expect, it } from 'vitest';
import { parseRuleLink } from '@/components/options/rules/rule-link';

describe('the popup’s link to a rule', () => {
  it('names the rule and the tab it came from', () => {
    expect(parseRuleLink('#rule=rule-1a2b&tab=42')).toEqual({ ruleId: 'rule-1a2b', tabId: 42 });
    expect(parseRuleLink('#rule=rule-1a2b')).toEqual({ ruleId: 'rule-1a2b', tabId: null });
    expect(parseRuleLink('#tab=0')).toEqual({ ruleId: null, tabId: 0 });
  });

  it('ignores section links and tab ids that are not tab ids', () => {
    expect(parseRuleLink('#rules')).toEqual({ ruleId: null, tabId: null });
    expect(parseRuleLink('')).toEqual({ ruleId: null, tabId: null });
    expect(parseRuleLink('#rule=&tab=')).toEqual({ ruleId: null, tabId: null });
    expect(parseRuleLink('#rule=r&tab=-1')).toEqual({ ruleId: 'r', tabId: null });
    expect(parseRuleLink('#rule=r&tab=1.5')).toEqual({ ruleId: 'r', tabId: null });
  });
});
