// A chosen file is read as what its bytes are, whatever it is called; its name only decides which
// reader explains a file that is neither.
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readImportFile } from '@/utils/library/import/read-import-file';
import { BACKUP_FORMAT, BACKUP_VERSION } from '@/utils/library/export/backup-format';

const text = (s: string) => new TextEncoder().encode(s);
const zip = zipSync({ 'a.md': text('---\ntitle: A\nsource: https://a.example/1\n---\n\nBody.\n') });
const backup = text(`\uFEFF \n${JSON.stringify({ format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: '2026-01-01T00:00:00.000Z', settings: {}, clips: [] })}`);

function kindOf(name: string, bytes: Uint8Array) {
  const result = readImportFile(name, bytes);
  if (!result.ok) throw new Error(result.error.message);
  return result.value.clips.map((clip) => clip.kind);
}

describe('reading a file chosen for import', () => {
  it('reads a ZIP of Markdown as one, even named .json or with no extension', () => {
    expect(kindOf('notes.zip', zip)).toEqual(['markdown-file']);
    expect(kindOf('notes.json', zip)).toEqual(['markdown-file']);
    expect(kindOf('notes', zip)).toEqual(['markdown-file']);
  });

  it('reads a JSON backup as one, after a byte-order mark and whitespace, whatever its name', () => {
    const result = readImportFile('backup', backup);
    expect(result).toMatchObject({ ok: true, value: { clips: [], settings: { ok: true } } });
    expect(readImportFile('backup.zip', backup)).toMatchObject({ ok: true });
  });

  it('explains a damaged file by what its name says it should be', () => {
    const cut = zip.slice(10);
    expect(readImportFile('notes.zip', cut)).toMatchObject({ ok: false, error: { code: 'invalid-import', message: expect.stringContaining('not a ZIP file') } });
    expect(readImportFile('backup.json', text('[1, 2'))).toMatchObject({ ok: false, error: { message: expect.stringContaining('not complete JSON') } });
  });

  it('refuses anything else, saying what it takes', () => {
    expect(readImportFile('photo.png', Uint8Array.of(0x89, 0x50, 0x4e, 0x47))).toEqual({
      ok: false,
      error: { code: 'invalid-import', message: 'This is neither a Clipdown backup (.json) nor a ZIP of Markdown files. Nothing was imported.' },
    });
  });
});
