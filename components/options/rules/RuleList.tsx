// The user's site rules in precedence order: each with its patterns, an on/off switch, and the
// actions it allows. Moving a rule only matters between equally specific patterns, which the
// hint says, so nobody reorders rules expecting something else.
import { ruleLabel, type SiteRule } from '@/utils/site-rules/site-rule';

interface Props {
  rules: readonly SiteRule[];
  openId: string | null;
  onAdd: () => void;
  onOpen: (id: string) => void;
  onEnable: (id: string, enabled: boolean) => void;
  onDuplicate: (id: string) => void;
  onDelete: (rule: SiteRule) => void;
  onMove: (id: string, offset: -1 | 1) => void;
}

export function RuleList({ rules, openId, onAdd, onOpen, onEnable, onDuplicate, onDelete, onMove }: Props) {
  return (
    <div className="rule-list">
      <h3 className="preset-group">Your rules</h3>
      {rules.length ? (
        <ol aria-label="Site rules">
          {rules.map((rule, index) => {
            const label = ruleLabel(rule);
            return (
              <li key={rule.id} className="rule-item" aria-current={rule.id === openId || undefined} data-enabled={rule.enabled}>
                <label className="rule-switch">
                  <input type="checkbox" role="switch" checked={rule.enabled} aria-label={`Use ${label}`} onChange={(e) => onEnable(rule.id, e.target.checked)} />
                  <span className="rule-name">{label}</span>
                </label>
                <code className="rule-patterns" title={rule.patterns.join('\n')}>
                  {rule.patterns.join(' ')}
                </code>
                <span className="rule-actions">
                  <button type="button" className="link" aria-label={`Edit ${label}`} disabled={rule.id === openId} onClick={() => onOpen(rule.id)}>
                    Edit
                  </button>
                  <button type="button" className="link" aria-label={`Duplicate ${label}`} onClick={() => onDuplicate(rule.id)}>
                    Duplicate
                  </button>
                  <button type="button" className="link danger" aria-label={`Delete ${label}`} onClick={() => onDelete(rule)}>
                    Delete
                  </button>
                  <button type="button" className="link" aria-label={`Move ${label} up`} title="Move up" disabled={index === 0} onClick={() => onMove(rule.id, -1)}>
                    ↑
                  </button>
                  <button type="button" className="link" aria-label={`Move ${label} down`} title="Move down" disabled={index === rules.length - 1} onClick={() => onMove(rule.id, 1)}>
                    ↓
                  </button>
                </span>
              </li>
            );
          })}
        </ol>
      ) : (
        <p className="hint">No rules yet: every page is clipped by Clipdown’s own reading of it.</p>
      )}
      <p className="hint">The rule with the most specific matching pattern applies; between equally specific ones, the higher one.</p>
      <button type="button" onClick={onAdd}>
        Add rule
      </button>
    </div>
  );
}
