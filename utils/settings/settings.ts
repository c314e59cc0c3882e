// The one settings schema: defaults, the file format the options page exports (and the CLI's
// --rules reads), and normalisation on read. Bump SETTINGS_VERSION with a migration step.
import { z } from 'zod';
import { PRESET_NAMES, type PresetName } from '../pipeline/render/presets';
import { siteRuleSchema, type SiteRule } from '../site-rules/site-rule';

export const SETTINGS_VERSION = 1;
export const SETTINGS_FILE_FORMAT = 'clipdown-settings';

export interface Settings {
  preset: PresetName;
  rules: SiteRule[];
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({ preset: 'default', rules: [] });

export const settingsSchema = z.object({
  preset: z.enum(PRESET_NAMES).default(DEFAULT_SETTINGS.preset),
  rules: z.array(siteRuleSchema).default([]),
});

/** The exported file: settings plus a marker and the version they were written by. */
export const settingsFileSchema = settingsSchema.extend({
  format: z.literal(SETTINGS_FILE_FORMAT).optional(),
  version: z.number().int().min(1).max(SETTINGS_VERSION).default(SETTINGS_VERSION),
});

/**
 * Fills what an older or partial stored object lacks. Never drops the user's data on the
 * floor: a field that does not parse falls back for this read only, it is not written back.
 */
export function normalizeSettings(raw: unknown): Settings {
  const stored = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const preset = settingsSchema.shape.preset.safeParse(stored.preset);
  const rules = Array.isArray(stored.rules)
    ? stored.rules.flatMap((rule) => {
        const parsed = siteRuleSchema.safeParse(rule);
        return parsed.success ? [parsed.data] : [];
      })
    : [];
  return { preset: preset.success ? preset.data : DEFAULT_SETTINGS.preset, rules };
}
