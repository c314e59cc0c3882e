// Checks parsed expressions against the variables and filters that exist, and filter arguments
// against what each filter takes, so a mistake shows in the editor instead of as empty output.
import { findFilter, FILTER_NAMES, type FilterSpec, type ParamKind } from './filters';
import { didYouMean, suggestNames } from './suggest-name';
import type { Expression, FilterCall, Operand, TemplatePart } from './template-ast';
import type { TemplateProblem } from './template-problem';
import { isVariableName, META_PREFIX, VARIABLE_NAMES, type VariableName } from './template-variables';

/** Names other clippers use for what Clipdown calls otherwise; a typo check cannot guess these. */
const VARIABLE_ALIASES: Readonly<Record<string, readonly VariableName[]>> = {
  date: ['published', 'clipped'],
  created: ['clipped'],
  time: ['clipped'],
  now: ['clipped'],
  today: ['clipped'],
  description: ['excerpt'],
  summary: ['excerpt'],
  source: ['url'],
  link: ['url'],
  host: ['domain'],
  hostname: ['domain'],
  sitename: ['site'],
  body: ['content'],
  text: ['content'],
  language: ['lang'],
  cover: ['image'],
  thumbnail: ['image'],
  words: ['wordCount'],
};
const FILTER_ALIASES: Readonly<Record<string, readonly string[]>> = {
  strip: ['trim'],
  format: ['date'],
  safe_name: ['slug'],
  kebab: ['slug'],
  kebab_case: ['slug'],
};

export function checkTemplateParts(parts: readonly TemplatePart[]): TemplateProblem[] {
  return parts.flatMap((part) => (typeof part === 'string' ? [] : checkExpression(part)));
}

function checkExpression(expression: Expression): TemplateProblem[] {
  const problems = expression.head.kind === 'variable' ? checkVariable(expression.head) : [];
  for (const filter of expression.filters) problems.push(...checkFilter(filter));
  return problems;
}

function checkVariable(operand: Operand & { kind: 'variable' }): TemplateProblem[] {
  const { name, start, end } = operand;
  if (isVariableName(name)) return [];
  if (name.startsWith(META_PREFIX)) return [];
  if (name === 'meta') return [{ message: '"meta" needs a tag name after a colon, e.g. {{meta:og:type}}', start, end }];
  const colon = name.indexOf(':');
  if (colon !== -1 && isVariableName(name.slice(0, colon))) {
    return [{ message: `Filters follow "|", not ":": write {{${name.slice(0, colon)}|…}}`, start: start + colon, end: start + colon + 1 }];
  }
  const suggestions = colon !== -1 ? [`${META_PREFIX}${name}`] : (VARIABLE_ALIASES[name.toLowerCase()] ?? suggestNames(name, VARIABLE_NAMES));
  return [{ message: `Unknown variable "${name}"${didYouMean(suggestions)}`, start, end }];
}

function checkFilter(filter: FilterCall): TemplateProblem[] {
  const spec = findFilter(filter.name);
  const nameEnd = filter.start + filter.name.length;
  if (!spec) {
    const suggestions = FILTER_ALIASES[filter.name.toLowerCase()] ?? suggestNames(filter.name, FILTER_NAMES);
    return [{ message: `Unknown filter "${filter.name}"${didYouMean(suggestions)}`, start: filter.start, end: nameEnd }];
  }
  const arityProblem = checkArity(spec, filter.args.length);
  if (arityProblem) return [{ message: arityProblem, start: filter.start, end: filter.end }];
  const problems = filter.args.flatMap((arg, i) => checkArgument(spec, spec.params[i]!.kind, arg));
  if (problems.length === 0 && spec.checkArgs && filter.args.every((arg) => arg.kind === 'literal')) {
    const message = spec.checkArgs(filter.args.map((arg) => (arg as Operand & { kind: 'literal' }).value));
    if (message) problems.push({ message, start: filter.start, end: filter.end });
  }
  return problems;
}

function checkArity(spec: FilterSpec, given: number): string | null {
  const max = spec.params.length;
  const min = spec.params.filter((param) => !param.optional).length;
  if (given >= min && given <= max) return null;
  if (max === 0) return `"${spec.name}" takes no arguments`;
  const count = min === max ? `${max} argument${max > 1 ? 's' : ''}` : `at most ${max} argument${max > 1 ? 's' : ''}`;
  return given < min ? `"${spec.name}" needs ${count}: ${spec.syntax}` : `"${spec.name}" takes ${count}: ${spec.syntax}`;
}

function checkArgument(spec: FilterSpec, kind: ParamKind, arg: Operand): TemplateProblem[] {
  const at = { start: arg.start, end: arg.end };
  if (kind === 'value') return arg.kind === 'variable' ? checkVariable(arg) : [];
  if (kind === 'text' && !(arg.kind === 'literal' && typeof arg.value === 'string')) {
    return [{ message: `"${spec.name}" takes quoted text here, e.g. ${spec.syntax}`, ...at }];
  }
  if (kind === 'count' && !(arg.kind === 'literal' && typeof arg.value === 'number' && Number.isInteger(arg.value) && arg.value > 0)) {
    return [{ message: `"${spec.name}" takes a whole number above 0, e.g. ${spec.syntax}`, ...at }];
  }
  return [];
}
