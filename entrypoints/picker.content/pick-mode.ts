// The contract between the popup, which starts the picker, and the picker in the page.

/** "article": one click names the article root. "remove": any number of parts to throw away, then Done. */
export type PickMode = 'article' | 'remove';

export const PICKER_SCRIPT = '/content-scripts/picker.js';

/**
 * Global in the extension's isolated world of the tab: files cannot take arguments, so the popup sets
 * it with a one-line function just before it injects the picker, and the picker reads it once.
 */
export const PICK_MODE_KEY = '__clipdownPickMode';

export function isPickMode(value: unknown): value is PickMode {
  return value === 'article' || value === 'remove';
}
