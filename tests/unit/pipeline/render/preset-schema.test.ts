import { describe, expect, it } from 'vitest';
import { presetSchema } from '@/utils/pipeline/render/preset-schema';
import { DEFAULT_BODY, DEFAULT_FILE_NAME } from '@/utils/pipeline/render/presets';

const preset = (extra: Record<string, unknown> = {}) => ({
  id: 'mine',
  name: 'Mine',
  fields: [
    { key: 'title', value: '{{title}}', type: 'text' },
    { key: 'draft', value: 'no', type: 'boolean' },
  ],
  ...extra,
});

/** Issues as `path: message [start, end]` for compact comparison. */
function issuesOf(input: unknown): string[] {
  const result = presetSchema.safeParse(input);
  if (result.success) return [];
  return result.error.issues.map((issue) => {
    const params = 'params' in issue ? (issue.params as { start?: number; end?: number } | undefined) : undefined;
    const at = params?.start === undefined ? '' : ` [${params.start}, ${params.end}]`;
    return `${issue.path.join('.')}: ${issue.message}${at}`;
  });
}

describe('presetSchema', () => {
  it('accepts a user preset, filling the default file name and body', () => {
    expect(presetSchema.parse(preset())).toEqual({ ...preset(), fileName: DEFAULT_FILE_NAME, body: DEFAULT_BODY });
  });

  it('reports template problems at the field, with where in the template they are', () => {
    const fields = [
      { key: 'title', value: '{{titel}}', type: 'text' },
      { key: 'slug', value: '{{title|slugify}} {{url', type: 'text' },
    ];
    expect(issuesOf(preset({ fields, fileName: '{{title|truncate}}', body: '{{content}} {{selecton}}' }))).toEqual([
      'fields.0.value: Unknown variable "titel" — did you mean "title"? [2, 7]',
      'fields.1.value: Unknown filter "slugify" — did you mean "slug"? [8, 15]',
      'fields.1.value: Unclosed "{{": add "}}" to end the expression [18, 20]',
      'fileName: "truncate" needs 1 argument: truncate:80 [8, 16]',
      'body: Unknown variable "selecton" — did you mean "selection"? [14, 22]',
    ]);
  });

  it('refuses constants the field’s type cannot take', () => {
    const fields = [
      { key: 'draft', value: 'maybe', type: 'boolean' },
      { key: 'weight', value: 'heavy', type: 'number' },
      { key: 'date', value: 'yesterday', type: 'date' },
      { key: 'ok', value: '2024-09-27', type: 'date' },
    ];
    expect(issuesOf(preset({ fields }))).toEqual([
      'fields.0.value: “maybe” is not a yes/no value: write true, false, yes or no',
      'fields.1.value: “heavy” is not a number',
      'fields.2.value: “yesterday” is not a date: write it as 2024-09-27 or 2024-09-27T10:30:00+08:00',
    ]);
  });

  it('refuses empty or repeated keys, unknown types, a missing name', () => {
    const fields = [
      { key: ' ', value: '', type: 'text' },
      { key: 'n', value: '', type: 'integer' },
    ];
    expect(issuesOf(preset({ fields, name: '' }))).toEqual(['name: A preset needs a name', 'fields.0.key: A front-matter key cannot be empty', expect.stringMatching(/^fields\.1\.type: /)]);
    const repeated = [
      { key: 'tags', value: '', type: 'list' },
      { key: 'tags', value: '', type: 'list' },
    ];
    expect(issuesOf(preset({ fields: repeated }))).toEqual(['fields.1.key: The key “tags” is used twice']);
  });

  it('reports template problems alongside other mistakes, not after they are fixed', () => {
    expect(issuesOf(preset({ name: '', body: '{{contnet}}' }))).toEqual(['name: A preset needs a name', 'body: Unknown variable "contnet" — did you mean "content"? [2, 9]']);
  });

  it('refuses a file name that would make a folder', () => {
    expect(issuesOf(preset({ fileName: 'posts/{{title|slug}}' }))).toEqual(['fileName: A file name cannot hold “/” or “\\”: clips are saved as one file, not in folders']);
    expect(issuesOf(preset({ fileName: '{{title|replace:"a":"/"}}' }))).toEqual([]);
  });
});
