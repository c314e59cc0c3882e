// Site rules: the list in precedence order beside the open rule's editor. Rules are added, edited,
// duplicated, deleted (with undo), reordered and switched on and off; every change goes out as a
// settings update, and browser work (testing on a tab, permissions) comes in as callbacks.
import { useEffect, useRef, useState } from 'react';
import type { RuleTestResult, RuleTestTarget } from '@/utils/browser/test-rule-on-tab';
import { BUILT_IN_PRESETS } from '@/utils/pipeline/render/presets';
import type { Settings } from '@/utils/settings/settings';
import { newRuleId, ruleLabel, type SiteRule } from '@/utils/site-rules/site-rule';
import { Notice, type NoticeState } from '../Notice';
import { RuleEditor } from './RuleEditor';
import { duplicateRule, moveRule, restoreRule, saveRule, setRuleEnabled } from './rule-list-changes';
import { RuleList } from './RuleList';

interface Props {
  settings: Settings;
  /** Changes when the settings were replaced as a whole: the open editor starts over from storage. */
  epoch: number;
  clippedAt: Date;
  /** The rule a link asked for (`#rule=`), and a counter that changes each time one does. */
  linkedRule: { id: string; visit: number } | null;
  linkedTab: { id: number; url: string | null } | null;
  onChange: (update: (current: Settings) => Partial<Settings>) => void;
  onTest: (target: RuleTestTarget, rule: SiteRule) => Promise<RuleTestResult>;
  requestImageAccess: () => Promise<boolean>;
}

export function RulesSection({ settings, epoch, clippedAt, linkedRule, linkedTab, onChange, onTest, requestImageAccess }: Props) {
  const [open, setOpen] = useState<string | null>(linkedRule?.id ?? null);
  const [notice, setNotice] = useState<NoticeState | null>(null);
  const editorRef = useRef<HTMLDivElement>(null);
  const rules = settings.rules;
  const stored = rules.find((rule) => rule.id === open);

  useEffect(() => {
    if (!linkedRule) return;
    setOpen(linkedRule.id);
    if (!rules.some((rule) => rule.id === linkedRule.id)) setNotice({ kind: 'warning', text: 'The rule that link points to no longer exists.' });
    // Only a new link moves the page; settings changing under an open link do not.
  }, [linkedRule]);

  useEffect(() => {
    if (linkedRule && stored?.id === linkedRule.id) editorRef.current?.scrollIntoView({ block: 'start' });
  }, [linkedRule, stored?.id]);

  const update = (change: (rules: readonly SiteRule[]) => SiteRule[]) => onChange((current) => ({ rules: change(current.rules) }));

  const add = () => {
    setOpen(newRuleId());
    setNotice(null);
  };

  const duplicate = (id: string) => {
    const { rules: next, copy } = duplicateRule(rules, id);
    if (!copy) return;
    update(() => next);
    setOpen(copy.id);
    setNotice({ kind: 'success', text: `Duplicated as “${copy.name}”: edit it below.` });
  };

  const remove = (rule: SiteRule) => {
    const index = rules.findIndex((r) => r.id === rule.id);
    update((current) => current.filter((r) => r.id !== rule.id));
    if (open === rule.id) setOpen(null);
    const label = ruleLabel(rule);
    setNotice({
      kind: 'info',
      text: `Deleted “${label}”. `,
      undo: () => {
        update((current) => restoreRule(current, rule, index));
        setOpen(rule.id);
        setNotice({ kind: 'success', text: `Restored “${label}”.` });
      },
    });
  };

  const enable = (id: string, enabled: boolean) => {
    update((current) => setRuleEnabled(current, id, enabled));
    const rule = rules.find((r) => r.id === id);
    if (rule) setNotice({ kind: 'success', text: `“${ruleLabel(rule)}” is ${enabled ? 'on' : 'off'}: ${enabled ? 'it applies to matching pages again' : 'pages it matched are clipped without it'}.` });
  };

  return (
    <div className="rules">
      <Notice notice={notice} />
      <div className="rules-layout">
        <RuleList
          rules={rules}
          openId={open}
          onAdd={add}
          onOpen={setOpen}
          onEnable={enable}
          onDuplicate={duplicate}
          onDelete={remove}
          onMove={(id, offset) => update((current) => moveRule(current, id, offset))}
        />
        <div ref={editorRef} className="rule-editor-slot">
          {open && (stored || open !== linkedRule?.id) ? (
            <RuleEditor
              key={`${open}:${epoch}:${linkedRule?.visit ?? 0}`}
              rule={stored ?? blankRule(open)}
              stored={stored !== undefined}
              settings={settings}
              allPresets={[...BUILT_IN_PRESETS, ...settings.presets]}
              clippedAt={clippedAt}
              linkedTab={linkedTab}
              onSave={(rule) => update((current) => saveRule(current, rule))}
              onTest={onTest}
              requestImageAccess={requestImageAccess}
            />
          ) : (
            <p className="hint rule-editor-empty">Choose a rule to edit it, or add one.</p>
          )}
        </div>
      </div>
    </div>
  );
}

function blankRule(id: string): SiteRule {
  return { id, name: '', enabled: true, patterns: [], useReadability: true, removeSelectors: [], fieldSelectors: {}, frontMatter: {}, markdown: {} };
}
