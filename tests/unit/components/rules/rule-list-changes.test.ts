import { describe, expect, it } from 'vitest';
import { duplicateRule, moveRule, restoreRule, saveRule, setRuleEnabled } from '@/components/options/rules/rule-list-changes';
import type { SiteRule } from '@/utils/site-rules/site-rule';
import { exampleRule } from './support';

const rule = (id: string, extra: Partial<SiteRule> = {}): SiteRule =>
  exampleRule({ id, name: id.toUpperCase(), patterns: [`${id}.example.com`], frontMatter: { tags: ['a'] }, ...extra });
const ids = (rules: readonly SiteRule[]) => rules.map((r) => r.id);

describe('changes to the rules list', () => {
  const rules = [rule('a'), rule('b'), rule('c')];

  it('moves a rule one place, and not past either end', () => {
    expect(ids(moveRule(rules, 'b', -1))).toEqual(['b', 'a', 'c']);
    expect(ids(moveRule(rules, 'b', 1))).toEqual(['a', 'c', 'b']);
    expect(ids(moveRule(rules, 'a', -1))).toEqual(['a', 'b', 'c']);
    expect(ids(moveRule(rules, 'c', 1))).toEqual(['a', 'b', 'c']);
  });

  it('puts a copy right after its source, with its own id and a name that says so', () => {
    const { rules: next, copy } = duplicateRule(rules, 'a', () => 'a2');
    expect(ids(next)).toEqual(['a', 'a2', 'b', 'c']);
    expect(copy).toEqual({ ...rules[0], id: 'a2', name: 'A (copy)' });
    // A deep copy: editing the copy's overrides must not edit the source's.
    expect(copy!.frontMatter.tags).not.toBe(rules[0]!.frontMatter.tags);
    const again = duplicateRule(next, 'a2', () => 'a3');
    expect(again.copy?.name).toBe('A (copy 2)');
    expect(duplicateRule(rules, 'nope').copy).toBeNull();
  });

  it('names a copy of an unnamed rule after its first pattern', () => {
    expect(duplicateRule([rule('x', { name: '' })], 'x', () => 'y').copy?.name).toBe('x.example.com (copy)');
  });

  it('saves the editor’s version in place, keeping whether the list switched it off, and adds a new one at the end', () => {
    const off = setRuleEnabled(rules, 'b', false);
    expect(off.map((r) => r.enabled)).toEqual([true, false, true]);
    const saved = saveRule(off, { ...rule('b'), name: 'Renamed', enabled: true });
    expect(saved[1]).toMatchObject({ id: 'b', name: 'Renamed', enabled: false });
    expect(ids(saveRule(rules, rule('d')))).toEqual(['a', 'b', 'c', 'd']);
  });

  it('puts a deleted rule back where it was, once', () => {
    const without = rules.filter((r) => r.id !== 'b');
    const restored = restoreRule(without, rules[1]!, 1);
    expect(ids(restored)).toEqual(['a', 'b', 'c']);
    expect(ids(restoreRule(restored, rules[1]!, 1))).toEqual(['a', 'b', 'c']);
    expect(ids(restoreRule([], rules[2]!, 2))).toEqual(['c']);
  });
});
