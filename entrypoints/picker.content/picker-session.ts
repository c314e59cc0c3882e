// The picking itself: hover highlights the element under the mouse, ↑/↓ widen to the parent and back,
// a click picks (the page never sees it, so links do nothing), Escape cancels. In remove mode clicks
// collect parts (Shift: every part like it) until Done or Enter. Ends by calling back with selectors.
import type { PickedSelectors } from '@/utils/site-rules/picked-rule';
import { similarSelector, stableSelector } from '@/utils/site-rules/stable-selector';
import type { PickMode } from './pick-mode';
import type { PickerOverlay } from './picker-overlay';

export interface PickerCallbacks {
  onPicked: (picked: PickedSelectors) => void;
  onCancel: () => void;
}

/** Mouse events a page acts on; the picker keeps them all from the page while it runs. */
const SWALLOWED_EVENTS = ['mousedown', 'mouseup', 'click', 'dblclick', 'auxclick', 'pointerdown', 'pointerup', 'contextmenu'] as const;

const HELP: Record<PickMode, string> = {
  article: 'Click the article. ↑ wider, ↓ narrower, Esc cancels.',
  remove: 'Click the parts to remove (Shift: all like it). ↑ wider, ↓ narrower, Enter when done, Esc cancels.',
};

/** Starts listening; the returned function stops it (listeners only: the overlay is the caller's). */
export function startPickerSession(window: Window & typeof globalThis, overlay: PickerOverlay, mode: PickMode, callbacks: PickerCallbacks): () => void {
  const { document } = window;
  let hovered: Element | null = null;
  /** The hovered element or an ancestor the user widened to; `narrower` leads back down. */
  let current: Element | null = null;
  let narrower: Element[] = [];
  let allAlike = false;
  let label = '';
  const removals: string[] = [];

  const selectorFor = (element: Element) => (allAlike && mode === 'remove' && similarSelector(element)) || stableSelector(element);
  const matching = (selector: string) => [...document.querySelectorAll(selector)];

  function render(): void {
    const picked = removals.flatMap(matching);
    overlay.draw(current ? { elements: allAlike ? matching(label) : [current], label } : null, picked);
  }

  function focus(element: Element | null): void {
    current = element;
    label = element ? selectorFor(element) : '';
    render();
  }

  function renderBar(): void {
    const done = { label: removals.length ? `Done (${removals.length})` : 'Done', name: 'done', onClick: finish };
    const cancel = { label: 'Cancel', name: 'cancel', onClick: callbacks.onCancel };
    overlay.setBar(HELP[mode], mode === 'remove' ? [done, cancel] : [cancel]);
  }

  function pick(element: Element): void {
    const selector = selectorFor(element);
    if (mode === 'article') return callbacks.onPicked({ contentSelector: selector });
    // A second click on a picked part takes it back.
    const index = removals.indexOf(selector);
    if (index === -1) removals.push(selector);
    else removals.splice(index, 1);
    renderBar();
    render();
  }

  function finish(): void {
    if (removals.length) callbacks.onPicked({ removeSelectors: [...removals] });
    else callbacks.onCancel();
  }

  const isOurs = (event: Event) => event.target === overlay.host;

  const onMove = (event: MouseEvent) => {
    if (isOurs(event)) {
      hovered = null;
      return focus(null);
    }
    const target = event.target instanceof window.Element ? event.target : null;
    const alike = mode === 'remove' && event.shiftKey;
    // The same element again keeps the user's widening.
    if (target === hovered && alike === allAlike) return;
    allAlike = alike;
    if (target !== hovered) {
      hovered = target;
      narrower = [];
      current = target;
    }
    focus(current);
  };

  const onMouse = (event: Event) => {
    if (isOurs(event)) return; // the bar's own buttons
    event.stopImmediatePropagation();
    // Cancelling pointerdown would also cancel the mouse events the page must not see either.
    if (event.type !== 'pointerdown' && event.type !== 'pointerup') event.preventDefault();
    if (event.type === 'click' && (current ?? event.target) instanceof window.Element) pick((current ?? event.target) as Element);
  };

  const onKey = (event: KeyboardEvent) => {
    if (event.key === 'Shift' && mode === 'remove') {
      allAlike = event.type === 'keydown';
      return focus(current);
    }
    if (event.type !== 'keydown') return;
    const parent = current?.parentElement;
    if (event.key === 'Escape') callbacks.onCancel();
    else if (event.key === 'ArrowUp' && current && parent && parent !== document.documentElement) {
      narrower.push(current);
      focus(parent);
    } else if (event.key === 'ArrowDown' && narrower.length) focus(narrower.pop()!);
    else if (event.key === 'Enter' && mode === 'remove') finish();
    else if (event.key === 'Enter' && current) pick(current);
    else return;
    event.preventDefault();
    event.stopImmediatePropagation();
  };

  const onViewportChange = () => render();

  const listeners: Array<[string, EventListener, AddEventListenerOptions]> = [
    ['mousemove', onMove as EventListener, { capture: true }],
    ...SWALLOWED_EVENTS.map((type): [string, EventListener, AddEventListenerOptions] => [type, onMouse, { capture: true }]),
    ['keydown', onKey as EventListener, { capture: true }],
    ['keyup', onKey as EventListener, { capture: true }],
    ['scroll', onViewportChange, { capture: true, passive: true }],
    ['resize', onViewportChange, { passive: true }],
  ];
  for (const [type, listener, options] of listeners) window.addEventListener(type, listener, options);
  renderBar();
  return () => {
    for (const [type, listener, options] of listeners) window.removeEventListener(type, listener, options);
  };
}
