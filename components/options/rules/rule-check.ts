// Checks a rule draft as it is typed and files every problem under the form field that shows it:
// the form's own (front-matter rows), then the shared rule checker's, whose per-line paths
// (`patterns.<i>`) become "Line n" on the one text area and whose `frontMatter.<key>` finds its row.
import type { Preset } from '@/utils/pipeline/render/presets';
import { siteRuleProblems } from '@/utils/site-rules/rule-problems';
import { siteRuleSchema, type SiteRule } from '@/utils/site-rules/site-rule';
import type { Problem, ProblemMap } from '../preset-problems';
import { fromRuleDraft, numberedLines, type RuleDraft } from './rule-draft';

export type RuleCheck = { ok: true; rule: SiteRule } | { ok: false; problems: ProblemMap };

export interface RuleCheckContext {
  presets: readonly Preset[];
  /** The options page's own document: selectors are parsed by the engine that will run them. */
  doc: Document;
}

/** Where problems the form has no field for are filed, so they are shown rather than lost. */
export const OTHER_PROBLEMS = 'other';

const LINE_FIELDS = new Set(['patterns', 'removeSelectors']);

export function checkRule(draft: RuleDraft, context: RuleCheckContext): RuleCheck {
  const { rule, problems: formProblems } = fromRuleDraft(draft);
  const problems = new Map<string, Problem[]>();
  const add = (key: string, message: string) => problems.set(key, [...(problems.get(key) ?? []), { message }]);

  for (const problem of formProblems) add(problem.path, problem.message);
  for (const problem of siteRuleProblems(rule, context)) {
    const [field = '', rest] = splitPath(problem.path);
    if (LINE_FIELDS.has(field) && rest !== undefined) {
      const line = numberedLines(draft[field as 'patterns' | 'removeSelectors'])[Number(rest)]?.line;
      add(field, line === undefined ? problem.message : `Line ${line}: ${problem.message}`);
    } else if (field === 'frontMatter') {
      const row = draft.frontMatter.findIndex((r) => r.key.trim() === rest);
      add(row === -1 ? OTHER_PROBLEMS : `frontMatter.${row}.value`, problem.message);
    } else {
      add(problem.path, problem.message);
    }
  }
  if (problems.size > 0) return { ok: false, problems };
  // The schema is the last word on what storage accepts; anything it refuses that the checks above
  // let through is still shown, not saved.
  const parsed = siteRuleSchema.safeParse(rule);
  if (parsed.success) return { ok: true, rule: parsed.data };
  for (const issue of parsed.error.issues) add(OTHER_PROBLEMS, `${issue.path.join('.') || 'rule'}: ${issue.message}`);
  return { ok: false, problems };
}

function splitPath(path: string): [string, string | undefined] {
  const dot = path.indexOf('.');
  return dot === -1 ? [path, undefined] : [path.slice(0, dot), path.slice(dot + 1)];
}
