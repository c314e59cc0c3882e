// Popup side of "pick from the page": hand the mode to the tab's isolated world, inject the picker
// (allowed by activeTab after the toolbar click), then get out of the way so the page takes the mouse.
import { browser } from 'wxt/browser';
import { PICK_MODE_KEY, PICKER_SCRIPT, type PickMode } from '../picker.content/pick-mode';

export async function startPicker(tabId: number, mode: PickMode): Promise<void> {
  await browser.scripting.executeScript({
    target: { tabId },
    // Serialised into the page: it may use only its arguments.
    func: (key: string, value: PickMode) => {
      (globalThis as Record<string, unknown>)[key] = value;
    },
    args: [PICK_MODE_KEY, mode],
  });
  await browser.scripting.executeScript({ target: { tabId }, files: [PICKER_SCRIPT] });
  window.close();
}
