// Which clips are selected in the library list, and how clicks change that: a click toggles one clip
// and makes it the anchor; a shift-click sets the whole range from the anchor to the clicked clip
// (in the order the list shows now) to the anchor's state, as file managers and mail clients do.
export interface Selection {
  ids: ReadonlySet<string>;
  /** The clip the last plain click was on: one end of the next shift-click's range. */
  anchor: string | null;
}

export const NO_SELECTION: Selection = { ids: new Set(), anchor: null };

export function clickSelection(selection: Selection, shown: readonly string[], id: string, shift: boolean): Selection {
  const from = selection.anchor === null ? -1 : shown.indexOf(selection.anchor);
  const to = shown.indexOf(id);
  if (!shift || from === -1 || to === -1) {
    const ids = new Set(selection.ids);
    if (ids.has(id)) ids.delete(id);
    else ids.add(id);
    return { ids, anchor: id };
  }
  // The range takes the anchor's state: shift-clicking after unticking the anchor unticks the range.
  const select = selection.ids.has(selection.anchor!);
  const ids = new Set(selection.ids);
  for (const rangeId of shown.slice(Math.min(from, to), Math.max(from, to) + 1)) {
    if (select) ids.add(rangeId);
    else ids.delete(rangeId);
  }
  return { ids, anchor: selection.anchor };
}

/** Every clip the list shows now (its search and filters applied), added to what was selected. */
export function selectAllShown(selection: Selection, shown: readonly string[]): Selection {
  return { ids: new Set([...selection.ids, ...shown]), anchor: selection.anchor };
}

/** Drops clips that are gone (deleted here or in another tab) so counts and bulk actions stay true. */
export function keepExisting(selection: Selection, exists: (id: string) => boolean): Selection {
  const ids = [...selection.ids].filter(exists);
  if (ids.length === selection.ids.size) return selection;
  return { ids: new Set(ids), anchor: selection.anchor !== null && exists(selection.anchor) ? selection.anchor : null };
}
