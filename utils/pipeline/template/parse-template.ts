// Template source → a checked Template, or every problem with its position. Results are cached
// by source: presets are rendered for every clip and every export, but parsed once.
import { checkTemplateParts } from './check-template';
import { parseTemplateSyntax } from './parse-template-syntax';
import type { Template } from './template-ast';
import type { TemplateProblem } from './template-problem';

/** Shared through the cache: frozen, like the template inside. */
export type ParseResult = { ok: true; template: Template } | { ok: false; problems: readonly TemplateProblem[] };

/** Enough for every field of every preset a user keeps, with room; beyond it the oldest go. */
const CACHE_SIZE = 500;
const cache = new Map<string, ParseResult>();

export function parseTemplate(source: string): ParseResult {
  const cached = cache.get(source);
  if (cached) return cached;
  const result = parseUncached(source);
  if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value!);
  cache.set(source, result);
  return result;
}

/** Syntax errors, unknown variables and filters, bad filter arguments; empty when the template is fine. */
export function checkTemplate(source: string): readonly TemplateProblem[] {
  const result = parseTemplate(source);
  return result.ok ? [] : result.problems;
}

function parseUncached(source: string): ParseResult {
  const { parts, problems } = parseTemplateSyntax(source);
  problems.push(...checkTemplateParts(parts));
  if (problems.length) return { ok: false, problems: Object.freeze(problems.sort((a, b) => a.start - b.start).map((p) => Object.freeze(p))) };
  return { ok: true, template: Object.freeze({ source, parts: Object.freeze(parts) }) };
}
