// What a template variable or a rendered template holds. The same shapes as front-matter values,
// so a template that is one `{{…}}` can hand a list or a boolean straight to the YAML writer.

export type TemplateValue = string | number | boolean | null | string[];

/** How a value reads inside text: lists comma-separated, a missing value as nothing. */
export function valueToText(value: TemplateValue): string {
  if (value === null) return '';
  if (Array.isArray(value)) return value.join(', ');
  return String(value);
}

/** Missing, blank or an empty list: what `default` replaces. */
export function isEmptyValue(value: TemplateValue): boolean {
  if (value === null) return true;
  if (Array.isArray(value)) return value.length === 0;
  return typeof value === 'string' && value.trim() === '';
}
