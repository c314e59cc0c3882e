import { describe, expect, it } from 'vitest';
import { markdownFilename, safeBaseName } from '@/utils/pipeline/render/safe-filename';

const bytes = (s: string) => new TextEncoder().encode(s).length;

describe('file names from titles', () => {
  it('keeps Chinese characters and spaces', () => {
    expect(markdownFilename('漳州开发区:一鼓作气')).toBe('漳州开发区 一鼓作气.md');
    expect(markdownFilename('疫情防控 “非常时期”')).toBe('疫情防控 “非常时期”.md');
  });

  it('replaces characters Windows, macOS or Linux forbid', () => {
    const name = safeBaseName('a<b>c:d"e/f\\g|h?i*j\u0001k');
    expect(name).not.toMatch(/[<>:"/\\|?*\u0000-\u001f]/);
    expect(name).toBe('a b c d e f g h i j k');
  });

  it('never produces a reserved, hidden, dotted or empty name', () => {
    expect(safeBaseName('CON')).toBe('CON_');
    expect(safeBaseName('nul.txt')).toBe('nul.txt_');
    expect(safeBaseName('...')).toBe('untitled');
    expect(safeBaseName('   ')).toBe('untitled');
    expect(safeBaseName('.hidden')).toBe('hidden');
    expect(safeBaseName('ends with dots...')).toBe('ends with dots');
  });

  it('cannot climb out of the download folder', () => {
    expect(markdownFilename('../../etc/passwd')).not.toContain('/');
    expect(markdownFilename('..\\..\\boot.ini')).not.toContain('\\');
  });

  it('stays within 200 bytes of UTF-8 without splitting a character', () => {
    const name = safeBaseName('漳州'.repeat(200));
    expect(bytes(name)).toBeLessThanOrEqual(200);
    expect(name).toMatch(/^(漳州)+漳?$/);
    const emoji = safeBaseName('😀'.repeat(100));
    expect(bytes(emoji)).toBeLessThanOrEqual(200);
    expect([...emoji].every((c) => c === '😀')).toBe(true);
  });
});
