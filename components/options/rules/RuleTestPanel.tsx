// "Test on a URL": the clip of an open tab with the rule being edited beside the clip without it,
// both as the plain text of the file the user would get (nothing from the page is rendered as HTML).
// The test itself (permission, finding the tab, injecting) is the caller's: this only shows it.
import { useId, useState } from 'react';
import type { RuleTestResult, RuleTestTarget } from '@/utils/browser/test-rule-on-tab';
import type { ClippedPage } from '@/utils/pipeline/clipped-page';
import { renderClip } from '@/utils/pipeline/render/render-clip';
import type { Result } from '@/utils/result';
import type { Settings } from '@/utils/settings/settings';
import { presetFor } from '@/utils/site-rules/rule-settings';
import type { SiteRule } from '@/utils/site-rules/site-rule';
import { TextField } from '../TextField';

interface Props {
  /** The valid rule being edited; null while the draft has problems. */
  rule: SiteRule | null;
  settings: Settings;
  clippedAt: Date;
  /** The tab the page was opened for, with its address when Clipdown may read it. */
  linkedTab: { id: number; url: string | null } | null;
  onTest: (target: RuleTestTarget, rule: SiteRule) => Promise<RuleTestResult>;
}

export function RuleTestPanel({ rule, settings, clippedAt, linkedTab, onTest }: Props) {
  const [url, setUrl] = useState('');
  const [running, setRunning] = useState(false);
  const [result, setResult] = useState<{ tested: SiteRule; outcome: RuleTestResult } | null>(null);
  const titleId = useId();

  const test = async () => {
    if (!rule) return;
    setRunning(true);
    // Called before anything else is awaited: the permission prompt needs this click.
    const outcome = await onTest({ url, tabId: linkedTab?.id ?? null }, rule);
    setResult({ tested: rule, outcome });
    setRunning(false);
  };

  return (
    <section className="rule-test" aria-labelledby={titleId}>
      <h3 id={titleId}>Test on a URL</h3>
      <p className="hint">
        Paste the address of a page open in a tab: Clipdown clips it with this rule and without it. It asks once for permission to read that site.
      </p>
      {linkedTab && (
        <p className="hint">
          Leave it empty to test on the tab you came from{linkedTab.url ? <>: <code>{linkedTab.url}</code></> : null}.
        </p>
      )}
      <div className="rule-test-controls">
        <TextField label="Address of an open tab" value={url} placeholder="https://…" onChange={setUrl} />
        <button type="button" disabled={!rule || running || (!url.trim() && !linkedTab)} onClick={() => void test()}>
          {running ? 'Testing…' : 'Test'}
        </button>
      </div>
      {!rule && <p className="hint">Fix the rule’s problems to test it.</p>}
      {result && !result.outcome.ok && (
        <p className="status status-error" role="alert">
          {result.outcome.error.message}
        </p>
      )}
      {result?.outcome.ok && (
        <div className="rule-test-results" data-testid="rule-test-results">
          <ClipColumn title="Without a rule" clip={result.outcome.value.withoutRule} render={(page) => renderClip(page, { preset: presetFor(settings, null), clippedAt })} />
          <ClipColumn title="With this rule" clip={result.outcome.value.withRule} render={(page) => renderClip(page, { preset: presetFor(settings, result.tested), clippedAt })} />
        </div>
      )}
    </section>
  );
}

function ClipColumn({ title, clip, render }: { title: string; clip: Result<ClippedPage>; render: (page: ClippedPage) => { markdown: string; filename: string } }) {
  let file: { markdown: string; filename: string } | null = null;
  let problem = clip.ok ? null : clip.error.message;
  if (clip.ok) {
    try {
      file = render(clip.value);
    } catch (error) {
      problem = error instanceof Error ? error.message : String(error);
    }
  }
  return (
    <figure className="preview-figure" aria-label={title}>
      <figcaption>
        {title}
        {file && (
          <>
            {' '}
            — <code>{file.filename}</code>
          </>
        )}
      </figcaption>
      {clip.ok && clip.value.warnings.length > 0 && (
        <ul className="status status-warning rule-test-warnings">
          {clip.value.warnings.map((warning, i) => (
            <li key={i}>{warning}</li>
          ))}
        </ul>
      )}
      {file ? (
        <pre className="preview-file" tabIndex={0}>
          {file.markdown}
        </pre>
      ) : (
        <p className="status status-error">{problem}</p>
      )}
    </figure>
  );
}
