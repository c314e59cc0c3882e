// The rules list's changes as pure functions of the stored list, so the section only wires them to
// storage and tests can check them without a page. Order is precedence between equally specific
// patterns, so every change keeps the other rules where they were.
import { newRuleId, ruleLabel, type SiteRule } from '@/utils/site-rules/site-rule';

export function moveRule(rules: readonly SiteRule[], id: string, offset: -1 | 1): SiteRule[] {
  const from = rules.findIndex((rule) => rule.id === id);
  const to = from + offset;
  if (from === -1 || to < 0 || to >= rules.length) return [...rules];
  const next = [...rules];
  [next[from], next[to]] = [next[to]!, next[from]!];
  return next;
}

/** A copy right after its source, with a new id and a name that says it is a copy. */
export function duplicateRule(rules: readonly SiteRule[], id: string, makeId: () => string = newRuleId): { rules: SiteRule[]; copy: SiteRule | null } {
  const index = rules.findIndex((rule) => rule.id === id);
  const source = rules[index];
  if (!source) return { rules: [...rules], copy: null };
  const copy: SiteRule = { ...structuredClone(source), id: makeId(), name: copyName(ruleLabel(source), rules) };
  return { rules: [...rules.slice(0, index + 1), copy, ...rules.slice(index + 1)], copy };
}

/** The stored rule replaced by the editor's version; whether it is enabled is the list's to say. */
export function saveRule(rules: readonly SiteRule[], rule: SiteRule): SiteRule[] {
  const index = rules.findIndex((r) => r.id === rule.id);
  if (index === -1) return [...rules, rule];
  return rules.map((r, i) => (i === index ? { ...rule, enabled: r.enabled } : r));
}

export function setRuleEnabled(rules: readonly SiteRule[], id: string, enabled: boolean): SiteRule[] {
  return rules.map((rule) => (rule.id === id ? { ...rule, enabled } : rule));
}

/** Puts a deleted rule back where it was, unless a rule with its id came back meanwhile. */
export function restoreRule(rules: readonly SiteRule[], rule: SiteRule, index: number): SiteRule[] {
  if (rules.some((r) => r.id === rule.id)) return [...rules];
  const next = [...rules];
  next.splice(Math.min(index, next.length), 0, rule);
  return next;
}

function copyName(label: string, rules: readonly SiteRule[]): string {
  const base = label.replace(/ \(copy( \d+)?\)$/, '');
  const taken = new Set(rules.map((rule) => rule.name));
  for (let n = 1; ; n++) {
    const name = n === 1 ? `${base} (copy)` : `${base} (copy ${n})`;
    if (!taken.has(name)) return name;
  }
}
