// Shared by the rule editor's tests: a valid rule to vary, and a React root in jsdom driven with act().
import { act, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import type { SiteRule } from '@/utils/site-rules/site-rule';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

export function exampleRule(extra: Partial<SiteRule> = {}): SiteRule {
  return {
    id: 'rule-1',
    name: 'News',
    enabled: true,
    patterns: ['example.com'],
    useReadability: true,
    removeSelectors: [],
    fieldSelectors: {},
    frontMatter: {},
    markdown: {},
    ...extra,
  };
}

export interface Mounted {
  page: HTMLElement;
  render(node: ReactNode): void;
  unmount(): void;
}

export function mount(): Mounted {
  const page = document.body.appendChild(document.createElement('div'));
  const root: Root = createRoot(page);
  return {
    page,
    render: (node) => act(() => root.render(node)),
    unmount: () => {
      act(() => root.unmount());
      page.remove();
    },
  };
}
