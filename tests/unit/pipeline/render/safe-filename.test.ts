import { describe, expect, it } from 'vitest';
import { markdownFilename, safeBaseName } from '@/utils/pipeline/render/safe-filename';
import { filenameProblems } from './valid-filename';

const bytes = (s: string) => new TextEncoder().encode(s).length;

describe('file names from titles', () => {
  it('keeps Chinese characters and spaces', () => {
    expect(markdownFilename('漳州开发区:一鼓作气')).toBe('漳州开发区 一鼓作气.md');
    expect(markdownFilename('疫情防控 “非常时期”')).toBe('疫情防控 “非常时期”.md');
  });

  it('replaces characters Windows, macOS or Linux forbid, and those that break links', () => {
    expect(safeBaseName('a<b>c:d"e/f\\g|h?i*j\u0001k')).toBe('a b c d e f g h i j k');
    expect(safeBaseName('C# [draft] ^1')).toBe('C draft 1');
  });

  it('drops invisible characters that could disguise the name', () => {
    expect(safeBaseName('invoice\u202Egpj.exe')).toBe('invoice gpj.exe');
    expect(safeBaseName('a\u200Fb\uFEFFc\u0085d')).toBe('a b c d');
  });

  it('never produces a reserved, hidden, dotted, dashed or empty name', () => {
    expect(safeBaseName('CON')).toBe('CON_');
    expect(safeBaseName('nul.txt')).toBe('nul_.txt');
    expect(safeBaseName('com1 .tar')).toBe('com1_ .tar');
    expect(safeBaseName('Conference')).toBe('Conference');
    expect(safeBaseName('...')).toBe('untitled');
    expect(safeBaseName('   ')).toBe('untitled');
    expect(safeBaseName('.hidden')).toBe('hidden');
    expect(safeBaseName('--help')).toBe('help');
    expect(safeBaseName('ends with dots...')).toBe('ends with dots');
    expect(safeBaseName('2024-09-27-')).toBe('2024-09-27');
  });

  it('cannot climb out of the download folder', () => {
    for (const attempt of ['../../etc/passwd', '..\\..\\boot.ini', '/etc/passwd', 'C:\\Windows\\x', '..', '.']) {
      const name = markdownFilename(attempt);
      expect(filenameProblems(name), attempt).toEqual([]);
      expect(name).not.toMatch(/^\.\./);
    }
    expect(markdownFilename('../../etc/passwd')).toBe('etc passwd.md');
  });

  it('stays within 200 bytes of UTF-8 with its extension, without splitting a character', () => {
    const name = markdownFilename('漳州'.repeat(200));
    expect(bytes(name)).toBeLessThanOrEqual(200);
    expect(name).toMatch(/^(漳州)+漳?\.md$/);
    const emoji = markdownFilename('😀'.repeat(100));
    expect(bytes(emoji)).toBeLessThanOrEqual(200);
    expect([...emoji.slice(0, -3)].every((c) => c === '😀')).toBe(true);
    expect(bytes(markdownFilename(`CON.${'x'.repeat(300)}`))).toBeLessThanOrEqual(200);
  });

  it('leaves a safe name as it is', () => {
    for (const title of ['2024-09-27-漳州开发区-一鼓作气', 'CON_', 'A plain title']) expect(safeBaseName(safeBaseName(title))).toBe(safeBaseName(title));
  });
});
