// Reads a settings file (options-page export, or a hand-written rules file for the CLI).
// All or nothing: any problem rejects the whole file with every problem listed.
import { settingsFileSchema, type Settings } from './settings';
import type { Result } from '../result';

export function parseSettingsFile(json: string): Result<Settings> {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    return invalid(`not valid JSON (${(error as Error).message})`);
  }
  const parsed = settingsFileSchema.safeParse(data);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.') || '(file)'}: ${issue.message}`);
    return invalid(problems.join('; '));
  }
  const { preset, rules } = parsed.data;
  return { ok: true, value: { preset, rules } };
}

function invalid(detail: string): Result<never> {
  return { ok: false, error: { code: 'invalid-rules', message: `Invalid settings file: ${detail}` } };
}
