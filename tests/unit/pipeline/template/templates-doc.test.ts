// docs/templates.md is the user's reference: it must name every variable, filter and preset.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PRESET_NAMES } from '@/utils/pipeline/render/presets';
import { TEMPLATE_FILTERS } from '@/utils/pipeline/template/filters';
import { VARIABLE_NAMES } from '@/utils/pipeline/template/template-variables';

const doc = readFileSync(path.resolve(__dirname, '../../../../docs/templates.md'), 'utf8');

describe('docs/templates.md', () => {
  it('documents every variable, filter and preset', () => {
    const missing = [...VARIABLE_NAMES, ...TEMPLATE_FILTERS.map((f) => f.name), ...PRESET_NAMES].filter((name) => !doc.includes(`\`${name}`));
    expect(missing).toEqual([]);
  });
});
