import { describe, expect, it } from 'vitest';
import { startsWithSurname } from '../../../../utils/pipeline/metadata/chinese-surname';

describe('startsWithSurname', () => {
  it('knows common single and compound surnames, in both scripts', () => {
    for (const name of ['王小明', '張嘉芳', '欧阳小明', '歐陽修', '司马光']) expect(startsWithSurname(name)).toBe(true);
  });

  it('does not take label words for names', () => {
    for (const word of ['副刊', '社论', '返目录', '前言']) expect(startsWithSurname(word)).toBe(false);
  });
});
