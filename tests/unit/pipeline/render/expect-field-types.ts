// Checks that front-matter read back from YAML has the types its preset's fields declare.
import { expect } from 'vitest';
import type { Preset } from '@/utils/pipeline/render/presets';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})?)?$/;

/** `loaded` as YAML 1.2 reads the file, `loaded11` as YAML 1.1 readers (Jekyll, PyYAML) do. */
export function expectFieldTypes(preset: Preset, loaded: Record<string, unknown>, loaded11: Record<string, unknown>): void {
  expect(Object.keys(loaded)).toEqual(preset.fields.map((f) => f.key));
  for (const { key, type } of preset.fields) {
    const value = loaded[key];
    if (type === 'list') expect(Array.isArray(value) && value.every((item) => typeof item === 'string'), `${key} is a list of text`).toBe(true);
    if (type === 'boolean') expect(typeof value, key).toBe('boolean');
    if (type === 'number') expect(typeof value, key).toBe('number');
    if (type === 'text') expect(value === null || typeof value === 'string', `${key} is text`).toBe(true);
    if (type === 'date' && value !== null) {
      expect(value, key).toMatch(ISO_DATE);
      expect(loaded11[key], `${key} in YAML 1.1`).toBeInstanceOf(Date);
    } else {
      expect(loaded11[key], `${key} in YAML 1.1`).toEqual(value);
    }
  }
}
