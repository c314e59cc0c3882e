// Renders a checked template with one page's variables. A template that is exactly one
// `{{…}}` keeps its value's type (a list stays a list, a number a number); with any text
// around it, the result is text.
import { findFilter } from './filters';
import { parseTemplate } from './parse-template';
import type { Expression, Operand, Template } from './template-ast';
import { TemplateError } from './template-problem';
import { metaValue, META_PREFIX, type TemplateVariables, type VariableName } from './template-variables';
import { valueToText, type TemplateValue } from './template-value';

export function renderTemplate(template: Template | string, variables: TemplateVariables): TemplateValue {
  const { parts } = typeof template === 'string' ? checkedTemplate(template) : template;
  const [only] = parts;
  if (parts.length === 1 && typeof only !== 'string') return evaluate(only!, variables);
  let text = '';
  for (const part of parts) text += typeof part === 'string' ? part : valueToText(evaluate(part, variables));
  return text;
}

/** For the body and the file name, which are always text. */
export function renderTemplateText(template: Template | string, variables: TemplateVariables): string {
  return valueToText(renderTemplate(template, variables));
}

/** The parsed template; throws a TemplateError listing the problems when it does not check. */
export function checkedTemplate(source: string): Template {
  const result = parseTemplate(source);
  if (!result.ok) throw new TemplateError(source, result.problems);
  return result.template;
}

function evaluate(expression: Expression, variables: TemplateVariables): TemplateValue {
  let value = resolve(expression.head, variables);
  for (const filter of expression.filters) {
    // Checked at parse time: the filter exists and its arguments fit.
    value = findFilter(filter.name)!.apply(value, filter.args.map((arg) => resolve(arg, variables)));
  }
  return value;
}

function resolve(operand: Operand, variables: TemplateVariables): TemplateValue {
  if (operand.kind === 'literal') return operand.value;
  if (operand.name.startsWith(META_PREFIX)) return metaValue(variables, operand.name);
  return variables[operand.name as VariableName];
}
