// Injected into the active tab only when the user clicks the toolbar button (never registered
// on pages), or by the options page testing a rule on a tab it was allowed to read. Runs the
// shared pipeline on the live page and returns the result to the caller.
import { defineContentScript } from 'wxt/utils/define-content-script';
import { takeExtractorOverride } from '@/utils/browser/extractor-override';
import { clipDocument } from '@/utils/pipeline/clip-document';
import type { ClippedPage } from '@/utils/pipeline/clipped-page';
import { toClipdownError, type Result } from '@/utils/result';
import { readSettings } from '@/utils/settings/settings-item';
import { findSiteRule } from '@/utils/site-rules/find-site-rule';
import { markdownOptionsFor } from '@/utils/site-rules/rule-settings';

export default defineContentScript({
  registration: 'runtime',
  async main(): Promise<Result<ClippedPage>> {
    try {
      // Taken before anything is awaited, so it is gone even when the clip fails.
      const override = takeExtractorOverride();
      const url = location.href;
      // Copied before extraction starts: the user's selection is part of what they asked to clip.
      const selected = window.getSelection();
      const range = selected?.rangeCount ? selected.getRangeAt(0) : null;
      const selection = range && !range.collapsed ? range.cloneContents() : null;
      const settings = await readSettings();
      const rule = override ? override.rule : findSiteRule(settings.rules, url);
      return { ok: true, value: clipDocument(document, { url, rule, selection, markdown: markdownOptionsFor(settings, rule) }) };
    } catch (error) {
      return { ok: false, error: toClipdownError(error, 'extraction-failed') };
    }
  },
});
