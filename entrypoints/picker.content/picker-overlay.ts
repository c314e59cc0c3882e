// The picker's only presence in the page: one element with a closed shadow root, so page CSS cannot
// restyle it and page scripts cannot reach inside. It draws boxes and text; it never copies page HTML.
// Only the bar takes the mouse: everything else lets events through to the element under it.

export interface BarAction {
  label: string;
  name: string;
  onClick: () => void;
}

export interface PickerOverlay {
  /** The element in the page, to tell the picker's own events from the page's. */
  readonly host: HTMLElement;
  /** A box and label over the hovered element (several when picking all alike) and boxes over the picked ones. */
  draw(hover: { elements: readonly Element[]; label: string } | null, picked: readonly Element[]): void;
  setBar(text: string, actions: readonly BarAction[]): void;
  /** Replaces everything with one line for the user. */
  showMessage(text: string, kind: 'success' | 'error'): void;
  remove(): void;
}

/** Above anything a page can stack. */
const TOP_Z_INDEX = '2147483647';

const STYLE = `
.box { position: fixed; pointer-events: none; box-sizing: border-box; border: 2px solid #2563eb; background: rgb(37 99 235 / 0.12); border-radius: 3px; }
.box.picked { border-color: #cf222e; background: rgb(207 34 46 / 0.18); }
.label { position: fixed; pointer-events: none; max-width: 60vw; overflow: hidden; text-overflow: ellipsis; white-space: nowrap;
  font: 12px/1.5 ui-monospace, Menlo, Consolas, monospace; background: #1f2328; color: #fff; padding: 1px 6px; border-radius: 4px; }
.bar { position: fixed; right: 16px; bottom: 16px; max-width: min(560px, calc(100vw - 32px)); pointer-events: auto; display: flex; flex-wrap: wrap;
  gap: 8px; align-items: center; font: 13px/1.45 system-ui, sans-serif; background: #fff; color: #1f2328; border: 1px solid #d0d7de;
  border-radius: 8px; padding: 8px 12px; box-shadow: 0 4px 16px rgb(0 0 0 / 0.25); }
.bar button { font: inherit; padding: 3px 10px; border-radius: 6px; border: 1px solid #2563eb; background: #2563eb; color: #fff; cursor: pointer; }
.bar button[data-action=cancel] { background: #fff; color: #2563eb; }
.bar.success { border-color: #1a7f37; background: #dafbe1; }
.bar.error { border-color: #cf222e; background: #ffebe9; }
`;

export function createPickerOverlay(document: Document): PickerOverlay {
  const host = document.createElement('clipdown-picker');
  // Inline and important: the one way page CSS aimed at this element cannot move or hide it.
  for (const [property, value] of [
    ['all', 'initial'],
    ['position', 'fixed'],
    ['inset', '0'],
    ['z-index', TOP_Z_INDEX],
    ['pointer-events', 'none'],
    ['display', 'block'],
  ]) {
    host.style.setProperty(property!, value!, 'important');
  }
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = document.createElement('style');
  style.textContent = STYLE;
  const layer = document.createElement('div');
  const bar = document.createElement('div');
  bar.className = 'bar';
  bar.setAttribute('role', 'status');
  shadow.append(style, layer, bar);
  document.documentElement.append(host);

  const box = (rect: DOMRect, picked: boolean) => {
    const element = document.createElement('div');
    element.className = picked ? 'box picked' : 'box';
    Object.assign(element.style, { left: `${rect.left}px`, top: `${rect.top}px`, width: `${rect.width}px`, height: `${rect.height}px` });
    return element;
  };

  return {
    host,
    draw(hover, picked) {
      const parts = picked.map((element) => box(element.getBoundingClientRect(), true));
      if (hover?.elements.length) {
        const rects = hover.elements.map((element) => element.getBoundingClientRect());
        parts.push(...rects.map((rect) => box(rect, false)));
        const label = document.createElement('div');
        label.className = 'label';
        label.textContent = hover.label;
        const first = rects[0]!;
        // Above the box when there is room, else just inside its top edge.
        Object.assign(label.style, { left: `${Math.max(0, first.left)}px`, top: `${first.top >= 22 ? first.top - 22 : Math.max(0, first.top) + 2}px` });
        parts.push(label);
      }
      layer.replaceChildren(...parts);
    },
    setBar(text, actions) {
      const line = document.createElement('span');
      line.textContent = text;
      const buttons = actions.map(({ label, name, onClick }) => {
        const button = document.createElement('button');
        button.type = 'button';
        button.textContent = label;
        button.dataset.action = name;
        button.addEventListener('click', onClick);
        return button;
      });
      bar.className = 'bar';
      bar.replaceChildren(line, ...buttons);
    },
    showMessage(text, kind) {
      layer.replaceChildren();
      bar.className = `bar ${kind}`;
      bar.textContent = text;
    },
    remove() {
      host.remove();
    },
  };
}
