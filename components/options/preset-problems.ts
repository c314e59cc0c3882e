// Checks a preset draft with the one preset schema and files each problem under the place the form
// shows it: `name`, `fileName`, `body`, `fields.<i>.key|type|value`. Template problems keep their
// offsets so the field can mark the exact text.
import { presetSchema } from '@/utils/pipeline/render/preset-schema';
import type { Preset } from '@/utils/pipeline/render/presets';

export interface Problem {
  message: string;
  /** Where in the field's text, for template problems. */
  start?: number;
  end?: number;
}

export type ProblemMap = ReadonlyMap<string, readonly Problem[]>;

export type PresetCheck = { ok: true; preset: Preset } | { ok: false; problems: ProblemMap };

export const NO_PROBLEMS: ProblemMap = new Map();

export function problemKey(...path: (string | number)[]): string {
  return path.join('.');
}

export function checkPreset(preset: Preset): PresetCheck {
  const parsed = presetSchema.safeParse(preset);
  if (parsed.success) return { ok: true, preset: parsed.data };
  const problems = new Map<string, Problem[]>();
  for (const issue of parsed.error.issues) {
    const key = problemKey(...issue.path.map(String));
    problems.set(key, [...(problems.get(key) ?? []), { message: issue.message, ...offsets(issue) }]);
  }
  return { ok: false, problems };
}

/** Problems the form has no field for, so they are shown together rather than not at all. */
export function unplacedProblems(problems: ProblemMap, fieldCount: number): Problem[] {
  const placed = new Set(['name', 'fileName', 'body']);
  for (let i = 0; i < fieldCount; i++) for (const part of ['key', 'type', 'value']) placed.add(problemKey('fields', i, part));
  return [...problems].flatMap(([key, list]) => (placed.has(key) ? [] : list.map((p) => ({ message: `${key || 'preset'}: ${p.message}` }))));
}

/** preset-schema puts a template problem's offsets in its custom issue's params. */
function offsets(issue: object): Pick<Problem, 'start' | 'end'> {
  const params = 'params' in issue ? (issue.params as { start?: unknown; end?: unknown } | undefined) : undefined;
  return typeof params?.start === 'number' && typeof params.end === 'number' ? { start: params.start, end: params.end } : {};
}
