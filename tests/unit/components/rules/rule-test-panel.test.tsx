// @vitest-environment jsdom
// "Test on a URL" shows what the caller's test returned: both clips as the text of the files, page
// HTML included as text, never as markup; a failed test as its message.
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RuleTestPanel } from '@/components/options/rules/RuleTestPanel';
import type { RuleTestResult } from '@/utils/browser/test-rule-on-tab';
import { SAMPLE_PAGE } from '@/utils/pipeline/template/sample-page';
import { normalizeSettings } from '@/utils/settings/settings';
import { exampleRule, mount, type Mounted } from './support';

const RULE = exampleRule({ frontMatter: { comments: false } });
const HOSTILE = '<img src=x onerror="alert(1)"><script>alert(2)</script>';

let mounted: Mounted;
let page: HTMLElement;

beforeEach(() => {
  mounted = mount();
  page = mounted.page;
});

afterEach(() => mounted.unmount());

async function runTest(result: RuleTestResult, linkedTab: { id: number; url: string | null } | null = null) {
  const onTest = vi.fn(async () => result);
  mounted.render(<RuleTestPanel rule={RULE} settings={normalizeSettings({})} clippedAt={new Date(0)} linkedTab={linkedTab} onTest={onTest} />);
  const button = [...page.querySelectorAll('button')].find((b) => b.textContent === 'Test')!;
  await act(async () => button.click());
  return onTest;
}

describe('the rule test panel', () => {
  it('shows both clips as file text, with the page’s HTML as text', async () => {
    const withoutRule = { ok: true as const, value: { ...SAMPLE_PAGE, body: `Plain body\n\n${HOSTILE}` } };
    const withRule = { ok: true as const, value: { ...SAMPLE_PAGE, body: 'Ruled body', frontMatterOverrides: { comments: false }, warnings: ['Rule "News": removed 2 elements'] } };
    const onTest = await runTest({ ok: true, value: { withRule, withoutRule } }, { id: 7, url: null });
    expect(onTest).toHaveBeenCalledWith({ url: '', tabId: 7 }, RULE);

    const figures = [...page.querySelectorAll('figure')];
    expect(figures.map((f) => f.getAttribute('aria-label'))).toEqual(['Without a rule', 'With this rule']);
    const [without, ruled] = figures.map((f) => f.querySelector('pre')!.textContent!);
    expect(without).toContain(HOSTILE);
    expect(without).not.toContain('comments:');
    expect(ruled).toMatch(/\ncomments: false\n---\n\nRuled body/);
    expect(figures[1]!.textContent).toContain('removed 2 elements');
    expect(page.querySelector('img, script')).toBeNull();
  });

  it('says why a test could not run', async () => {
    await runTest({ ok: false, error: { code: 'no-tab', message: 'No open tab shows https://example.com/a.' } }, { id: 3, url: null });
    expect(page.querySelector('[role=alert]')?.textContent).toBe('No open tab shows https://example.com/a.');
    expect(page.querySelector('figure')).toBeNull();
  });
});
