// Reads a settings file (options-page export, or a hand-written rules file for the CLI), whatever
// version wrote it. All or nothing: any problem rejects the whole file with every problem listed.
import { migrateSettings, SETTINGS_FILE_FORMAT, SETTINGS_VERSION, settingsFileSchema, settingsSchema, type Settings } from './settings';
import type { Result } from '../result';

export function parseSettingsFile(json: string): Result<Settings> {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    return invalid(`not valid JSON (${(error as Error).message})`);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return invalid('expected a JSON object');
  const header = settingsFileSchema.safeParse(data);
  if (!header.success) {
    const { version } = data as { version?: unknown };
    const newer = typeof version === 'number' && version > SETTINGS_VERSION;
    return invalid(newer ? `written by a newer Clipdown (settings version ${version}; this one reads up to ${SETTINGS_VERSION})` : problems(header.error));
  }
  const { format: _format, version: _version, ...fields } = migrateSettings(data, header.data.version);
  const parsed = settingsSchema.safeParse(fields);
  if (!parsed.success) return invalid(problems(parsed.error));
  return { ok: true, value: parsed.data };
}

/** What the options page exports: the settings, marked and versioned so any later Clipdown can read them. */
export function serializeSettingsFile(settings: Settings): string {
  return `${JSON.stringify({ format: SETTINGS_FILE_FORMAT, version: SETTINGS_VERSION, ...settings }, null, 2)}\n`;
}

function problems(error: { issues: { path: PropertyKey[]; message: string }[] }): string {
  return error.issues.map((issue) => `${issue.path.map(String).join('.') || '(file)'}: ${issue.message}`).join('; ');
}

function invalid(detail: string): Result<never> {
  return { ok: false, error: { code: 'invalid-rules', message: `Invalid settings file: ${detail}` } };
}
