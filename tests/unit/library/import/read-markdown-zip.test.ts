import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readMarkdownZip } from '@/utils/library/import/read-markdown-zip';

const text = (s: string) => new TextEncoder().encode(s);
const note = (frontMatter: string, body = 'Body.') => text(`---\n${frontMatter}\n---\n\n${body}\n`);

describe('reading a ZIP of Markdown files', () => {
  it('leaves out macOS resource forks, dotfiles and other files, and reports files without front-matter', () => {
    const result = readMarkdownZip(
      zipSync({
        'notes/a.md': note('title: A\nsource: https://a.example/1'),
        '__MACOSX/notes/._a.md': text('\u0000\u0005binary'),
        '.obsidian/workspace.md': note('title: hidden'),
        'notes/.draft.md': note('title: hidden'),
        'notes/readme.txt': text('not markdown'),
        'notes/plain.md': text('# Just a heading\n'),
        'notes/broken.md': note('title: [unclosed'),
        'notes/nested.md': note('title: N\ncover:\n  image: x.png'),
      }),
    );
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.clips.map((c) => c.path)).toEqual(['notes/a.md']);
    expect(result.value.problems).toEqual([
      { path: 'notes/plain.md', message: expect.stringContaining('no front-matter') },
      { path: 'notes/broken.md', message: expect.stringContaining('not valid YAML') },
      { path: 'notes/nested.md', message: expect.stringContaining('“cover” holds nested values') },
    ]);
  });

  it('reads the page, title, site, tags and clip time from the keys the presets write', () => {
    const result = readMarkdownZip(
      zipSync({
        'a.md': note('title: Jekyll post\ncanonical_url: https://b.example/post\ntags: [2024, x]\nclipped: 2026-01-02T03:04:05Z'),
        'untitled.md': note('link: https://c.example/'),
      }),
    );
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.clips.map((c) => c.clip)).toEqual([
      expect.objectContaining({ url: 'https://b.example/post', canonicalUrl: 'https://b.example/post', title: 'Jekyll post', site: 'b.example', tags: ['2024', 'x'], createdAt: Date.parse('2026-01-02T03:04:05Z'), body: 'Body.' }),
      expect.objectContaining({ url: 'https://c.example/', canonicalUrl: null, title: 'untitled', tags: [], createdAt: null }),
    ]);
  });

  it('gives each file the images under its own folder’s assets/ that it links', () => {
    const png = Uint8Array.of(1, 2, 3);
    const result = readMarkdownZip(
      zipSync({
        'site/a.md': note('title: A', '![x](assets/x.png "a title")\n\n[ref]: ./assets/y%20z.png'),
        'site/assets/x.png': png,
        'site/assets/y z.png': png,
        'site/assets/unlinked.png': png,
        'assets/x.png': Uint8Array.of(9),
      }),
    );
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.clips[0]!.images).toEqual([
      { path: 'assets/x.png', bytes: png },
      { path: 'assets/y z.png', bytes: png },
    ]);
  });

  it('refuses a ZIP with no Markdown it can import, saying why', () => {
    expect(readMarkdownZip(zipSync({ 'a.md': text('no front-matter') }))).toMatchObject({ ok: false, error: { message: expect.stringContaining('a.md: no front-matter') } });
  });
});
