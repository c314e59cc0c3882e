// Which site rule shaped the clip (with the way to its editor), and the way to teach Clipdown the site:
// pick the article, or parts to remove, in the page itself.
import type { AppliedRule } from '@/utils/site-rules/site-rule';

interface Props {
  /** The rule the clip was made with; null when none applied or nothing was clipped. */
  rule: AppliedRule | null;
  onEditRule: () => void;
  onPickArticle: () => void;
  onPickRemovals: () => void;
}

export function SiteRuleBar({ rule, onEditRule, onPickArticle, onPickRemovals }: Props) {
  return (
    <div className="site-rule">
      {rule && (
        <p className="rule-line" data-rule-id={rule.id}>
          Site rule: <strong className="rule-name">{rule.name}</strong> ·{' '}
          <button type="button" className="link" data-action="edit-rule" onClick={onEditRule}>
            Edit
          </button>
        </p>
      )}
      <div className="pick-actions">
        <button type="button" data-action="pick-article" title="Point at the article in the page" onClick={onPickArticle}>
          Pick article
        </button>
        <button type="button" data-action="pick-remove" title="Point at parts of the page to leave out" onClick={onPickRemovals}>
          Pick parts to remove
        </button>
      </div>
    </div>
  );
}
