// @vitest-environment jsdom
// The rule editor as the user drives it: what is saved while typing, what is not, and a stored rule
// changing under it (the picker, the list's switch).
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RuleEditor } from '@/components/options/rules/RuleEditor';
import { BUILT_IN_PRESETS } from '@/utils/pipeline/render/presets';
import { normalizeSettings } from '@/utils/settings/settings';
import type { SiteRule } from '@/utils/site-rules/site-rule';
import { exampleRule, mount, type Mounted } from './support';

const RULE = exampleRule({ contentSelector: '.story' });
const SETTINGS = normalizeSettings({});

let mounted: Mounted;
let page: HTMLElement;
let onSave: ReturnType<typeof vi.fn<(rule: SiteRule) => void>>;

function render(rule: SiteRule, stored = true) {
  mounted.render(
    <RuleEditor
      rule={rule}
      stored={stored}
      settings={SETTINGS}
      allPresets={BUILT_IN_PRESETS}
      clippedAt={new Date(0)}
      linkedTab={null}
      onSave={onSave}
      onTest={() => Promise.reject(new Error('not tested here'))}
      requestImageAccess={async () => false}
    />,
  );
}

/** Types into a controlled field the way React hears it. */
function type(label: string, value: string) {
  const field = [...page.querySelectorAll('label')].find((l) => l.textContent === label)!;
  const input = document.getElementById(field.htmlFor) as HTMLInputElement | HTMLTextAreaElement;
  const setter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(input), 'value')!.set!;
  act(() => {
    setter.call(input, value);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
  return input;
}

beforeEach(() => {
  onSave = vi.fn();
  mounted = mount();
  page = mounted.page;
});

afterEach(() => mounted.unmount());

describe('the rule editor', () => {
  it('saves each valid edit at once and never an invalid one, which it marks next to its field', () => {
    render(RULE);
    type('Content selector', '.story-body');
    expect(onSave).toHaveBeenLastCalledWith({ ...RULE, contentSelector: '.story-body' });

    const input = type('Content selector', '.story-body >');
    expect(onSave).toHaveBeenCalledTimes(1);
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(input.getAttribute('aria-describedby')!)?.textContent).toMatch(/Not a valid CSS selector/);
    expect(page.textContent).toContain('Not saved: fix the problems marked below');

    type('Content selector', '.story-body');
    // Back to what was saved last: nothing new to write.
    expect(onSave).toHaveBeenCalledTimes(1);
    expect(input.getAttribute('aria-invalid')).toBeNull();
  });

  it('keeps a new rule unsaved, and quiet, until it has a pattern', () => {
    render({ ...RULE, name: '', patterns: [], contentSelector: undefined }, false);
    expect(page.querySelector('[aria-invalid]')).toBeNull();
    type('Name', 'Blog');
    expect(onSave).not.toHaveBeenCalled();
    expect(page.textContent).toContain('A rule needs at least one URL pattern');
    type('URL patterns', 'blog.example.com');
    expect(onSave).toHaveBeenCalledWith(expect.objectContaining({ id: 'rule-1', name: 'Blog', patterns: ['blog.example.com'] }));
  });

  it('takes in a stored rule changed elsewhere, unless the form holds an edit that is not saved', () => {
    render(RULE);
    render({ ...RULE, removeSelectors: ['.share'] });
    expect([...page.querySelectorAll('textarea')].map((t) => t.value)).toEqual(['example.com', '.share']);

    type('Content selector', 'div >');
    render({ ...RULE, removeSelectors: ['.share', '.related'] });
    expect([...page.querySelectorAll('textarea')].map((t) => t.value)).toEqual(['example.com', '.share']);
    expect(page.querySelector<HTMLInputElement>('[aria-invalid=true]')!.value).toBe('div >');
    expect(onSave).not.toHaveBeenCalled();
  });
});
