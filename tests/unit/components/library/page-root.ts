// The library panels' tests render as a page does, not under act(): the panels wait on IndexedDB,
// whose callbacks land outside any act() scope, so the tests wait for what the page shows instead.
import type { ReactNode } from 'react';
import { createRoot } from 'react-dom/client';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = false;

export interface Page {
  page: HTMLElement;
  render(node: ReactNode): void;
  unmount(): void;
}

export function mountPage(): Page {
  const page = document.body.appendChild(document.createElement('div'));
  const root = createRoot(page);
  return {
    page,
    render: (node) => root.render(node),
    unmount: () => {
      root.unmount();
      page.remove();
    },
  };
}
