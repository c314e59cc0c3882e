// Validates a user's stored preset, templates included, with messages the options page can show
// as they are; a template problem's issue also carries `params: { start, end }` to underline it.
import { z } from 'zod';
import { formatDate } from '../template/date-format';
import { parseTemplate } from '../template/parse-template';
import { coerceFieldValue, FIELD_TYPES, type FieldType } from './field-value';
import { DEFAULT_BODY, DEFAULT_FILE_NAME } from './presets';

/** Text outside `{{…}}` in a file name that would make it a path. */
const PATH_SEPARATOR = /[/\\]/;

const templateSchema = z.string().superRefine((source, ctx) => {
  const parsed = parseTemplate(source);
  if (!parsed.ok) for (const { message, start, end } of parsed.problems) ctx.addIssue({ code: 'custom', message, params: { start, end } });
});

const fieldSchema = z
  .object({
    key: z.string().trim().min(1, 'A front-matter key cannot be empty'),
    value: templateSchema,
    type: z.enum(FIELD_TYPES),
  })
  .superRefine(({ value, type }, ctx) => {
    const problem = constantOfWrongType(value, type);
    if (problem) ctx.addIssue({ code: 'custom', path: ['value'], message: problem });
  });

export const presetSchema = z
  .object({
    id: z.string().trim().min(1, 'A preset needs an id'),
    name: z.string().trim().min(1, 'A preset needs a name'),
    fields: z.array(fieldSchema),
    fileName: templateSchema.default(DEFAULT_FILE_NAME),
    body: templateSchema.default(DEFAULT_BODY),
  })
  .superRefine((preset, ctx) => {
    const seen = new Set<string>();
    preset.fields.forEach(({ key }, i) => {
      if (seen.has(key)) ctx.addIssue({ code: 'custom', path: ['fields', i, 'key'], message: `The key “${key}” is used twice` });
      seen.add(key);
    });
    const fileName = parseTemplate(preset.fileName);
    if (fileName.ok && fileName.template.parts.some((part) => typeof part === 'string' && PATH_SEPARATOR.test(part))) {
      ctx.addIssue({ code: 'custom', path: ['fileName'], message: 'A file name cannot hold “/” or “\\”: clips are saved as one file, not in folders' });
    }
  });

/** A constant (no `{{…}}`) that the field's type cannot take, such as `maybe` for a boolean. */
function constantOfWrongType(value: string, type: FieldType): string | null {
  if (value.includes('{{') || value.trim() === '') return null;
  if (type === 'boolean' && typeof coerceFieldValue(value, type) !== 'boolean') return `“${value}” is not a yes/no value: write true, false, yes or no`;
  if (type === 'number' && typeof coerceFieldValue(value, type) !== 'number') return `“${value}” is not a number`;
  if (type === 'date' && formatDate(value) === null) return `“${value}” is not a date: write it as 2024-09-27 or 2024-09-27T10:30:00+08:00`;
  return null;
}
