// What a clip of a page is written with once its site rule is laid over the user's settings:
// the rule's Markdown options over the defaults, its preset instead of the chosen one, its file name.
import type { MarkdownOptions } from '../pipeline/markdown/markdown-options';
import type { Preset } from '../pipeline/render/presets';
import { resolvePreset, type Settings } from '../settings/settings';
import type { SiteRule } from './site-rule';

export function markdownOptionsFor(settings: Pick<Settings, 'markdown'>, rule: SiteRule | null): MarkdownOptions {
  return { ...settings.markdown, ...rule?.markdown };
}

/** The preset a clip starts with: the rule's, else the user's choice; the rule's file name wins either way. */
export function presetFor(settings: Pick<Settings, 'preset' | 'presets'>, rule: Pick<SiteRule, 'preset' | 'fileName'> | null, chosenId?: string): Preset {
  const preset = resolvePreset(settings, chosenId ?? rule?.preset ?? settings.preset);
  return rule?.fileName ? { ...preset, fileName: rule.fileName } : preset;
}
