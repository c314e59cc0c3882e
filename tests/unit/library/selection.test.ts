import { describe, expect, it } from 'vitest';
import { clickSelection, keepExisting, NO_SELECTION, selectAllShown, type Selection } from '@/utils/library/selection';

const shown = ['a', 'b', 'c', 'd', 'e'];
const ids = (selection: Selection) => [...selection.ids].sort();

describe('selecting clips in the list', () => {
  it('toggles one clip with a click and remembers it as the anchor', () => {
    const one = clickSelection(NO_SELECTION, shown, 'b', false);
    expect(ids(one)).toEqual(['b']);
    expect(one.anchor).toBe('b');
    expect(ids(clickSelection(one, shown, 'b', false))).toEqual([]);
  });

  it('selects the range from the anchor with a shift-click, in either direction', () => {
    const anchored = clickSelection(NO_SELECTION, shown, 'b', false);
    expect(ids(clickSelection(anchored, shown, 'd', true))).toEqual(['b', 'c', 'd']);
    const fromEnd = clickSelection(NO_SELECTION, shown, 'e', false);
    expect(ids(clickSelection(fromEnd, shown, 'c', true))).toEqual(['c', 'd', 'e']);
  });

  it('unselects the range when the anchor was just unticked', () => {
    let selection = selectAllShown(NO_SELECTION, shown);
    selection = clickSelection(selection, shown, 'b', false);
    expect(ids(clickSelection(selection, shown, 'd', true))).toEqual(['a', 'e']);
  });

  it('follows the order the list shows now, not the order clips were selected in', () => {
    const anchored = clickSelection(NO_SELECTION, shown, 'a', false);
    expect(ids(clickSelection(anchored, ['d', 'a', 'e', 'b'], 'e', true))).toEqual(['a', 'e']);
  });

  it('treats a shift-click with no anchor in view as a plain click', () => {
    const anchored = clickSelection(NO_SELECTION, shown, 'a', false);
    expect(ids(clickSelection(anchored, ['c', 'd'], 'd', true))).toEqual(['a', 'd']);
  });

  it('selects all shown without dropping what was already selected elsewhere', () => {
    const kept = clickSelection(NO_SELECTION, ['x'], 'x', false);
    expect(ids(selectAllShown(kept, ['a', 'b']))).toEqual(['a', 'b', 'x']);
  });

  it('drops clips that no longer exist, and an anchor among them', () => {
    const selection = clickSelection(selectAllShown(NO_SELECTION, shown), shown, 'c', false);
    const kept = keepExisting(clickSelection(selection, shown, 'c', false), (id) => id !== 'c' && id !== 'd');
    expect(ids(kept)).toEqual(['a', 'b', 'e']);
    expect(kept.anchor).toBeNull();
  });
});
