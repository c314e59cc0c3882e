// The one settings schema: defaults, the file format the options page exports (and the CLI's
// --rules reads), normalisation on read, and the migrations from every older version.
// Changing the shape means: bump SETTINGS_VERSION, add a step to SETTINGS_MIGRATIONS, test it.
import { z } from 'zod';
import { DEFAULT_MARKDOWN_OPTIONS, markdownOptionsSchema, type MarkdownOptions } from '../pipeline/markdown/markdown-options';
import { BUILT_IN_PRESETS, builtInPreset, isPresetName, type Preset } from '../pipeline/render/presets';
import { presetSchema } from '../pipeline/render/preset-schema';
import { newRuleId, siteRuleSchema, type SiteRule } from '../site-rules/site-rule';

export const SETTINGS_VERSION = 3;
export const SETTINGS_FILE_FORMAT = 'clipdown-settings';

export interface Settings {
  /** Id of the preset new clips use: a built-in one or one of `presets`. */
  preset: string;
  /** The user's own presets (copies of built-in ones, edited in the options page). */
  presets: Preset[];
  markdown: MarkdownOptions;
  rules: SiteRule[];
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  preset: 'default',
  presets: [],
  markdown: DEFAULT_MARKDOWN_OPTIONS,
  rules: [],
});

type StoredObject = Record<string, unknown>;

/** Each step turns settings of the previous version into this version's; the key is the version it produces. */
export const SETTINGS_MIGRATIONS: Readonly<Record<number, (old: StoredObject) => StoredObject>> = {
  // Version 2 brought the user's own presets and the Markdown options; version 1's preset ids are still valid.
  2: (old) => ({ ...old, presets: [], markdown: { ...DEFAULT_MARKDOWN_OPTIONS } }),
  // Version 3 brought the rule editor, which needs every rule to have an id; the new rule fields have defaults.
  3: (old) => ({ ...old, rules: Array.isArray(old.rules) ? old.rules.map(withRuleId) : [] }),
};

function withRuleId(rule: unknown): unknown {
  if (typeof rule !== 'object' || rule === null || Array.isArray(rule)) return rule;
  const { id } = rule as { id?: unknown };
  return typeof id === 'string' && id ? rule : { ...rule, id: newRuleId() };
}

/** Runs every step after `fromVersion`. */
export function migrateSettings(raw: unknown, fromVersion: number): StoredObject {
  let value = asObject(raw);
  for (let version = fromVersion + 1; version <= SETTINGS_VERSION; version++) {
    const step = SETTINGS_MIGRATIONS[version];
    if (step) value = step(value);
  }
  return value;
}

export const settingsSchema = z
  .object({
    preset: z.string().min(1).default(DEFAULT_SETTINGS.preset),
    presets: z.array(presetSchema).default([]),
    markdown: markdownOptionsSchema.default({ ...DEFAULT_MARKDOWN_OPTIONS }),
    rules: z.array(siteRuleSchema).default([]),
  })
  .superRefine((settings, ctx) => {
    if (!presetExists(settings.preset, settings.presets)) {
      ctx.addIssue({ code: 'custom', path: ['preset'], message: `no preset has the id “${settings.preset}”` });
    }
    const ids = new Set<string>();
    settings.presets.forEach((preset, i) => {
      if (isPresetName(preset.id) || ids.has(preset.id)) {
        ctx.addIssue({ code: 'custom', path: ['presets', i, 'id'], message: `the id “${preset.id}” is already taken` });
      }
      ids.add(preset.id);
    });
    const ruleIds = new Set<string>();
    settings.rules.forEach((rule, i) => {
      if (ruleIds.has(rule.id)) ctx.addIssue({ code: 'custom', path: ['rules', i, 'id'], message: `two rules have the id “${rule.id}”` });
      ruleIds.add(rule.id);
      if (rule.preset !== undefined && !presetExists(rule.preset, settings.presets)) {
        ctx.addIssue({ code: 'custom', path: ['rules', i, 'preset'], message: `no preset has the id “${rule.preset}”` });
      }
    });
  });

/** The exported file: settings plus a marker and the version they were written by. */
export const settingsFileSchema = z.object({
  format: z.literal(SETTINGS_FILE_FORMAT).optional(),
  version: z.number().int().min(1).max(SETTINGS_VERSION).default(SETTINGS_VERSION),
});

export function presetExists(id: string, presets: readonly Preset[]): boolean {
  return isPresetName(id) || presets.some((preset) => preset.id === id);
}

/** The preset with this id (the user's own first), else the built-in default. */
export function resolvePreset(settings: Pick<Settings, 'presets'>, id: string): Preset {
  return settings.presets.find((preset) => preset.id === id) ?? (isPresetName(id) ? builtInPreset(id) : BUILT_IN_PRESETS[0]!);
}

/**
 * Fills what an older or partial stored object lacks. Never drops the user's data on the floor: a field
 * that does not parse falls back for this read only, it is not written back.
 */
export function normalizeSettings(raw: unknown): Settings {
  const stored = asObject(raw);
  const presets = parseEach(stored.presets, presetSchema);
  const markdown = markdownOptionsSchema.safeParse(stored.markdown ?? {});
  const preset = typeof stored.preset === 'string' && presetExists(stored.preset, presets) ? stored.preset : DEFAULT_SETTINGS.preset;
  return {
    preset,
    presets,
    markdown: markdown.success ? markdown.data : { ...DEFAULT_MARKDOWN_OPTIONS },
    rules: parseEach(stored.rules, siteRuleSchema),
  };
}

function parseEach<T>(list: unknown, schema: z.ZodType<T>): T[] {
  if (!Array.isArray(list)) return [];
  return list.flatMap((item) => {
    const parsed = schema.safeParse(item);
    return parsed.success ? [parsed.data] : [];
  });
}

function asObject(raw: unknown): StoredObject {
  return typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? { ...(raw as StoredObject) } : {};
}
