// "Pick from the page": injected into the active tab by the popup (never registered on pages), which
// closes as soon as the page takes focus. So this script finishes the job alone: it writes the picked
// selectors into the user's rules, says where they went, and leaves the page as it found it.
import { defineContentScript } from 'wxt/utils/define-content-script';
import { readSettings, updateSettings } from '@/utils/settings/settings-item';
import { withPickedSelectors, type PickedSelectors } from '@/utils/site-rules/picked-rule';
import { ruleLabel } from '@/utils/site-rules/site-rule';
import { isPickMode, PICK_MODE_KEY } from './pick-mode';
import { createPickerOverlay } from './picker-overlay';
import { startPickerSession } from './picker-session';

/** Long enough to read one sentence. */
const MESSAGE_MS = 4000;

export default defineContentScript({
  registration: 'runtime',
  main(ctx) {
    const isolatedWorld = globalThis as Record<string, unknown>;
    const mode = isPickMode(isolatedWorld[PICK_MODE_KEY]) ? isolatedWorld[PICK_MODE_KEY] : 'article';
    delete isolatedWorld[PICK_MODE_KEY];

    const overlay = createPickerOverlay(document);
    let stopSession = (): void => {};
    const end = () => {
      stopSession();
      overlay.remove();
    };
    // Picking again from the popup injects this script anew, which invalidates this copy.
    ctx.onInvalidated(end);

    const save = async (picked: PickedSelectors) => {
      stopSession();
      try {
        const settings = await readSettings();
        const change = withPickedSelectors(settings.rules, location.href, picked);
        await updateSettings({ rules: change.rules });
        overlay.showMessage(`Saved to rule “${ruleLabel(change.rule)}”. Click Clipdown again to clip.`, 'success');
      } catch (error) {
        overlay.showMessage(`Clipdown could not save the rule: ${error instanceof Error ? error.message : String(error)}`, 'error');
      }
      ctx.setTimeout(end, MESSAGE_MS);
    };

    stopSession = startPickerSession(window, overlay, mode, { onPicked: (picked) => void save(picked), onCancel: end });
  },
});
