// Edits one site rule. Every edit is checked as it is typed; a valid one is saved at once (no Save
// button to forget), an invalid one stays in the form with its problems and is not saved, so clips
// keep using the last valid version. A new rule is stored with its first valid edit.
import { useMemo, useState } from 'react';
import type { RuleTestResult, RuleTestTarget } from '@/utils/browser/test-rule-on-tab';
import type { Preset } from '@/utils/pipeline/render/presets';
import type { Settings } from '@/utils/settings/settings';
import type { SiteRule } from '@/utils/site-rules/site-rule';
import { NO_PROBLEMS } from '../preset-problems';
import { checkRule, type RuleCheck, type RuleCheckContext } from './rule-check';
import { toRuleDraft, type RuleDraft } from './rule-draft';
import { RuleForm } from './RuleForm';
import { RuleTestPanel } from './RuleTestPanel';

interface Props {
  /** The stored rule, or a new one not stored yet. */
  rule: SiteRule;
  stored: boolean;
  settings: Settings;
  allPresets: readonly Preset[];
  clippedAt: Date;
  linkedTab: { id: number; url: string | null } | null;
  onSave: (rule: SiteRule) => void;
  onTest: (target: RuleTestTarget, rule: SiteRule) => Promise<RuleTestResult>;
  requestImageAccess: () => Promise<boolean>;
}

interface EditorState {
  draft: RuleDraft;
  check: RuleCheck;
  /** What clips use now: the stored rule or the last valid edit; null while a new rule has none. */
  saved: SiteRule | null;
  /** A new rule's empty form is not yet wrong: its problems show from the first edit. */
  touched: boolean;
}

export function RuleEditor({ rule, stored, settings, allPresets, clippedAt, linkedTab, onSave, onTest, requestImageAccess }: Props) {
  const context = useMemo(() => ({ presets: settings.presets, doc: document }), [settings.presets]);
  const [state, setState] = useState<EditorState>(() => fresh(rule, stored, context));
  // The stored rule can change under the open editor: the picker adds selectors, the list switches it
  // off, another tab edits it. Taken in while the form holds nothing unsaved; a draft with problems is
  // the user's work in progress and wins.
  // Compared as JSON: storage hands out new objects for the same rule on every change of any setting.
  const ruleJson = JSON.stringify(rule);
  const [seen, setSeen] = useState(ruleJson);
  if (ruleJson !== seen) {
    setSeen(ruleJson);
    if (stored && state.check.ok && ruleJson !== JSON.stringify(state.saved)) setState(fresh(rule, true, context));
  }

  const change = (draft: RuleDraft) => {
    const check = checkRule(draft, context);
    const changed = check.ok && JSON.stringify(check.rule) !== JSON.stringify(state.saved);
    const saved = changed ? check.rule : state.saved;
    setState({ draft, check, saved, touched: true });
    if (changed) onSave(check.rule);
  };

  return (
    <div className="rule-editor">
      <h3 className="rule-editor-title">{state.saved ? `Editing “${state.draft.name.trim() || state.draft.patterns.split('\n')[0]}”` : 'New rule'}</h3>
      <SaveStatus saved={state.saved !== null} valid={state.check.ok} />
      <RuleForm
        draft={state.draft}
        problems={state.check.ok || !state.touched ? NO_PROBLEMS : state.check.problems}
        presets={allPresets}
        markdownDefaults={settings.markdown}
        onChange={change}
        requestImageAccess={requestImageAccess}
      />
      <RuleTestPanel rule={state.check.ok ? state.check.rule : null} settings={settings} clippedAt={clippedAt} linkedTab={linkedTab} onTest={onTest} />
    </div>
  );
}

function fresh(rule: SiteRule, stored: boolean, context: RuleCheckContext): EditorState {
  const draft = toRuleDraft(rule);
  return { draft, check: checkRule(draft, context), saved: stored ? rule : null, touched: stored };
}

function SaveStatus({ saved, valid }: { saved: boolean; valid: boolean }) {
  if (!saved) {
    return (
      <p className="status status-info rule-save-status" data-testid="rule-save-status">
        Not saved yet: the rule is saved as soon as it has a valid URL pattern and no problems.
      </p>
    );
  }
  return valid ? (
    <p className="status status-success rule-save-status" data-testid="rule-save-status">
      Saved: changes are saved as you type.
    </p>
  ) : (
    <p className="status status-warning rule-save-status" data-testid="rule-save-status">
      Not saved: fix the problems marked below. Clips use the last version that worked.
    </p>
  );
}
