// Export files are dated by the user's calendar day, not UTC's.
import { afterEach, describe, expect, it } from 'vitest';
import { exportFileName } from '@/utils/library/export/export-file-name';

const zone = process.env.TZ;

afterEach(() => {
  if (zone === undefined) delete process.env.TZ;
  else process.env.TZ = zone;
});

describe('export file names', () => {
  it('names the ZIP and the backup by the local date', () => {
    // 20:30 UTC on 31 December is already 1 January in Shanghai.
    process.env.TZ = 'Asia/Shanghai';
    const now = new Date('2026-12-31T20:30:00Z');
    expect(exportFileName('zip', now)).toBe('clipdown-2027-01-01.zip');
    expect(exportFileName('backup', now)).toBe('clipdown-backup-2027-01-01.json');
  });

  it('pads months and days', () => {
    process.env.TZ = 'America/Los_Angeles';
    expect(exportFileName('zip', new Date('2026-03-05T12:00:00Z'))).toBe('clipdown-2026-03-05.zip');
  });
});
