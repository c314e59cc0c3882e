// A front-matter field's type turns its rendered template into the YAML value readers expect:
// lists stay lists, `yes` becomes true, dates become ISO 8601. What does not convert stays as
// written, so nothing the user or the page supplied is lost.
import { formatDate } from '../template/date-format';
import type { TemplateValue } from '../template/template-value';
import type { FrontMatterValue } from './front-matter';

export const FIELD_TYPES = ['text', 'list', 'boolean', 'number', 'date'] as const;
export type FieldType = (typeof FIELD_TYPES)[number];

/** Latin and Chinese commas and the enumeration comma, as keyword lists are written. */
const LIST_SEPARATOR = /[,，、]/;
/** A URL is one item even with commas in it (image CDNs put `w_400,h_300` in paths). */
const URL = /^[a-z][a-z\d+.-]*:\/\/\S+$/i;
const DECIMAL = /^[-+]?(?:\d+\.?\d*|\.\d+)$/;
const BOOLEAN_WORDS: Readonly<Record<string, boolean>> = { true: true, yes: true, false: false, no: false };

export function coerceFieldValue(value: TemplateValue, type: FieldType): FrontMatterValue {
  switch (type) {
    case 'text':
      return value === null || value === '' ? null : Array.isArray(value) ? value.join(', ') : String(value);
    case 'list':
      return toList(value);
    case 'boolean':
      return typeof value === 'string' ? (BOOLEAN_WORDS[value.trim().toLowerCase()] ?? emptyAsNull(value)) : value;
    case 'number':
      return typeof value === 'string' && DECIMAL.test(value.trim()) ? Number(value.trim()) : typeof value === 'string' ? emptyAsNull(value) : value;
    case 'date':
      return typeof value === 'string' ? (formatDate(value) ?? emptyAsNull(value)) : value;
  }
}

function toList(value: TemplateValue): string[] {
  if (Array.isArray(value)) return [...value];
  if (value === null) return [];
  const text = String(value).trim();
  if (URL.test(text)) return [text];
  return text.split(LIST_SEPARATOR).map((item) => item.trim()).filter(Boolean);
}

function emptyAsNull(text: string): string | null {
  return text.trim() === '' ? null : text;
}
