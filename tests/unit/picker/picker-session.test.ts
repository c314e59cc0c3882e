import { describe, expect, it, vi } from 'vitest';
import type { BarAction, PickerOverlay } from '@/entrypoints/picker.content/picker-overlay';
import { createPickerOverlay } from '@/entrypoints/picker.content/picker-overlay';
import { startPickerSession } from '@/entrypoints/picker.content/picker-session';
import type { PickMode } from '@/entrypoints/picker.content/pick-mode';
import { documentFrom } from '../../support/dom';

const PAGE = `<main id="page"><article class="story"><h1>Title</h1>
  <div class="share-bar"><a href="https://share.invalid/x">Share</a></div><p>Text</p>
  <div class="share-bar"><a href="https://share.invalid/y">Share again</a></div></article></main>`;

/** A session on the test page with an overlay that records what it was asked to show. */
function session(mode: PickMode) {
  const document = documentFrom(PAGE);
  const window = document.defaultView!;
  const host = document.createElement('clipdown-picker');
  document.documentElement.append(host);
  const shown = { label: '', hovered: [] as readonly Element[], picked: [] as readonly Element[], bar: '', actions: [] as readonly BarAction[] };
  const overlay: PickerOverlay = {
    host,
    draw(hover, picked) {
      shown.label = hover?.label ?? '';
      shown.hovered = hover?.elements ?? [];
      shown.picked = picked;
    },
    setBar(text, actions) {
      shown.bar = text;
      shown.actions = actions;
    },
    showMessage: () => {},
    remove: () => host.remove(),
  };
  const onPicked = vi.fn();
  const onCancel = vi.fn();
  const stop = startPickerSession(window, overlay, mode, { onPicked, onCancel });
  const $ = (selector: string) => document.querySelector(selector)!;
  const mouse = (type: string, target: Element, init: MouseEventInit = {}) =>
    target.dispatchEvent(new window.MouseEvent(type, { bubbles: true, cancelable: true, ...init }));
  const key = (key: string, type = 'keydown') => window.dispatchEvent(new window.KeyboardEvent(type, { key, cancelable: true }));
  const click = (target: Element, init: MouseEventInit = {}) => {
    mouse('mousemove', target, init);
    for (const type of ['mousedown', 'mouseup']) mouse(type, target, init);
    return mouse('click', target, init);
  };
  return { document, shown, onPicked, onCancel, stop, $, mouse, key, click };
}

describe('the picker session', () => {
  it('labels the hovered element with the selector a click would save, and keeps the click from the page', () => {
    const { shown, onPicked, $, mouse, click } = session('article');
    const pageSaw = vi.fn();
    $('article').addEventListener('click', pageSaw);
    mouse('mousemove', $('article'));
    expect(shown.label).toBe('.story');
    expect(shown.hovered).toEqual([$('article')]);
    const notCancelled = click($('article'));
    expect(notCancelled).toBe(false);
    expect(pageSaw).not.toHaveBeenCalled();
    expect(onPicked).toHaveBeenCalledExactlyOnceWith({ contentSelector: '.story' });
  });

  it('widens to the parent with ↑ and back with ↓, and a click picks the widened element', () => {
    const { shown, onPicked, $, mouse, key, click } = session('article');
    mouse('mousemove', $('h1'));
    expect(shown.label).toBe('h1');
    key('ArrowUp');
    expect(shown.label).toBe('.story');
    key('ArrowUp');
    expect(shown.label).toBe('#page');
    key('ArrowDown');
    expect(shown.label).toBe('.story');
    // The mouse has not left the heading: the widening holds through the click.
    click($('h1'));
    expect(onPicked).toHaveBeenCalledExactlyOnceWith({ contentSelector: '.story' });
  });

  it('collects removals, takes one back on a second click, and hands them over on Enter', () => {
    const { shown, onPicked, $, document, click, key } = session('remove');
    const [first, second] = document.querySelectorAll('.share-bar');
    click(first!);
    click($('p'));
    expect(shown.picked).toEqual([first, $('p')]);
    click($('p'));
    expect(shown.actions.map((action) => action.label)).toEqual(['Done (1)', 'Cancel']);
    click(second!);
    key('Enter');
    expect(onPicked).toHaveBeenCalledExactlyOnceWith({
      removeSelectors: ['.story > div.share-bar:nth-of-type(1)', '.story > div.share-bar:nth-of-type(2)'],
    });
  });

  it('picks every part like the hovered one with Shift held', () => {
    const { shown, onPicked, document, click } = session('remove');
    const bars = [...document.querySelectorAll('.share-bar')];
    click(bars[0]!, { shiftKey: true });
    expect(shown.label).toBe('.share-bar');
    expect(shown.picked).toEqual(bars);
    shown.actions.find((action) => action.name === 'done')!.onClick();
    expect(onPicked).toHaveBeenCalledExactlyOnceWith({ removeSelectors: ['.share-bar'] });
  });

  it('cancels on Escape, and on Done with nothing picked', () => {
    const article = session('article');
    article.key('Escape');
    expect(article.onCancel).toHaveBeenCalledOnce();
    const remove = session('remove');
    remove.key('Enter');
    expect(remove.onCancel).toHaveBeenCalledOnce();
    expect(remove.onPicked).not.toHaveBeenCalled();
  });

  it('lets clicks on its own bar through and leaves the page alone once stopped', () => {
    const { onPicked, stop, $, click, document } = session('article');
    expect(click(document.querySelector('clipdown-picker')!)).toBe(true);
    expect(onPicked).not.toHaveBeenCalled();
    stop();
    const pageSaw = vi.fn();
    $('a').addEventListener('click', (event) => {
      event.preventDefault(); // jsdom would try to navigate
      pageSaw();
    });
    click($('a'));
    expect(pageSaw).toHaveBeenCalledOnce();
    expect(onPicked).not.toHaveBeenCalled();
  });
});

describe('the picker overlay', () => {
  it('lives in a closed shadow root, positioned with inline !important styles page CSS cannot override', () => {
    const document = documentFrom('<p>x</p>');
    const overlay = createPickerOverlay(document);
    expect(overlay.host.parentElement).toBe(document.documentElement);
    expect(overlay.host.shadowRoot).toBeNull();
    for (const property of ['position', 'z-index', 'pointer-events', 'display']) {
      expect(overlay.host.style.getPropertyPriority(property), property).toBe('important');
    }
    overlay.remove();
    expect(document.querySelector('clipdown-picker')).toBeNull();
  });
});
