import { describe, expect, it } from 'vitest';
import { formatDate } from '@/utils/pipeline/template/date-format';

describe('formatDate', () => {
  it('prints a zoned time in its own zone, whatever the machine’s zone', () => {
    expect(formatDate('2024-09-27T10:30:00+08:00', 'HH:mm')).toBe('10:30');
    expect(formatDate('2024-09-27T23:30:00-05:00', 'YYYY-MM-DD HH:mm Z')).toBe('2024-09-27 23:30 -05:00');
    expect(formatDate('2024-09-27T10:30:00Z', 'HH:mm Z ZZ')).toBe('10:30 +00:00 +0000');
  });

  it('keeps a date a date and a floating time floating', () => {
    expect(formatDate('2024-09-27')).toBe('2024-09-27');
    expect(formatDate('2024-09-27', 'YYYY/M/D HH:mm[Z]Z')).toBe('2024/9/27 00:00Z');
    expect(formatDate('2024-09-27T10:30')).toBe('2024-09-27T10:30:00');
    expect(formatDate('2024-09-27 10:30:15.250+0530')).toBe('2024-09-27T10:30:15.250+05:30');
  });

  it('reads the RFC 2822 dates of HTTP headers and Hexo posts', () => {
    expect(formatDate('Fri, 25 Mar 2022 02:18:31 GMT')).toBe('2022-03-25T02:18:31Z');
    expect(formatDate('25 Mar 2022 10:18 +0800', 'YYYY-MM-DD HH:mm Z')).toBe('2022-03-25 10:18 +08:00');
  });

  it('refuses what is not a real date', () => {
    for (const text of ['tomorrow', '2024-02-30', '2023-02-29T10:00:00Z', '2024-13-01', '2024-09-27T24:00:00', '2024-09-27T10:30:00+15:00', '2024-09-27T10:30:00+08:75', '']) {
      expect(formatDate(text), text).toBeNull();
    }
    expect(formatDate('2024-02-29')).toBe('2024-02-29');
  });
});
