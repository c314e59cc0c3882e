// A library of varied clips for export and import tests: English and Chinese titles, names that
// collide (also by case), one site across months, lists, booleans, numbers, empty dates, images,
// two saved copies of one page, some with images in the library's image table.
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { ClipDatabase } from '@/utils/library/clip-database';
import { clipImageStore } from '@/utils/library/clip-images-table';
import type { ClipImage } from '@/utils/library/export/clip-images';
import { saveClip } from '@/utils/library/save-clip';
import type { StoredClip } from '@/utils/library/stored-clip';
import type { FrontMatter } from '@/utils/pipeline/render/front-matter';
import { buildClip } from '@/utils/pipeline/render/render-clip';

/** A library of its own in a fresh in-memory IndexedDB, image table included. */
export class TestLibrary extends ClipDatabase {
  constructor() {
    super('test-library', { indexedDB: new IDBFactory(), IDBKeyRange });
  }
}

export const imageStore = clipImageStore;

/** Each entry of a ZIP's central directory: its name, compression method (0 stored, 8 deflated) and CRC-32. */
export function zipEntries(zip: Uint8Array): Array<{ name: string; method: number; crc32: number }> {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const end = zip.length - 22;
  let at = view.getUint32(end + 16, true);
  const entries: Array<{ name: string; method: number; crc32: number }> = [];
  for (let i = 0; i < view.getUint16(end + 10, true); i++) {
    const nameLength = view.getUint16(at + 28, true);
    entries.push({ name: new TextDecoder().decode(zip.subarray(at + 46, at + 46 + nameLength)), method: view.getUint16(at + 10, true), crc32: view.getUint32(at + 16, true) });
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return entries;
}

/** Rows put as given, past dexie's writing conversion: clips as earlier versions of Clipdown stored them. */
export function putLegacyRows(db: ClipDatabase, rows: object[]): Promise<unknown> {
  return db.transaction('rw', db.clips, (tx) => Promise.all(rows.map((row) => new Promise((resolve, reject) => {
    const request = tx.idbtrans.objectStore('clips').put(row);
    request.onsuccess = resolve;
    request.onerror = () => reject(request.error);
  }))));
}

const DATE_KEYS = new Set(['published', 'clipped', 'date']);
const png = (seed: number) => Uint8Array.from({ length: 300 }, (_, i) => (i * seed + 7) % 256);

interface Sample {
  frontMatter: FrontMatter;
  body: string;
  filename: string;
  url: string;
  canonicalUrl?: string;
  site: string | null;
  images?: ClipImage[];
}

export const CAT: ClipImage = { path: 'assets/cat-1a2b.png', bytes: png(3) };
export const DOG: ClipImage = { path: 'assets/dog 9f8e.png', bytes: png(5) };

export const SAMPLES: Sample[] = [
  {
    frontMatter: { title: 'Hello World', source: 'https://example.com/hello', author: 'Ann', published: '2024-05-01T00:30:00+08:00', clipped: '2026-11-20T09:00:00Z', site: 'Example', tags: ['news', 'yes'], image: '' },
    body: 'Hello, world.\n\n![a cat](assets/cat-1a2b.png)',
    filename: 'Hello World.md',
    url: 'https://example.com/hello',
    site: 'Example',
    images: [CAT],
  },
  {
    frontMatter: { title: 'hello world', source: 'https://other.org/hello', published: null, clipped: '2026-11-21T09:00:00Z', site: 'Other', tags: [] },
    body: 'A different page, the same name but for case.',
    filename: 'hello world.md',
    url: 'https://other.org/hello',
    site: 'Other',
  },
  {
    frontMatter: { title: '你好，世界：中文标题', source: 'https://sspai.com/post/1', author: '少数派', published: '2024-06-15', site: '少数派', tags: ['效率', '工具'] },
    body: '中文正文。\n\n![猫](assets/cat-1a2b.png)\n\n<img src="./assets/dog%209f8e.png">',
    filename: '你好，世界：中文标题.md',
    url: 'https://sspai.com/post/1',
    site: '少数派',
    images: [CAT, DOG],
  },
  {
    // Hexo writes no URL: the file is matched by its content alone.
    frontMatter: { title: 'Later on Example', categories: ['新媒体', '趣头条'], headimg: '', author: 'Example', comments: false, date: '2024-07-20T08:00:00Z', thumbnail: '' },
    body: 'Same site, another month.',
    filename: 'later-on-example.md',
    url: 'https://example.com/later',
    site: 'Example',
  },
  {
    frontMatter: { title: 'Hugo post', date: '2023-12-31T23:00:00Z', draft: false, rating: 4.5, images: ['https://example.net/a.png'], canonicalURL: 'https://example.net/canonical' },
    body: 'Hugo body with "quotes" and: colons.',
    filename: '2023-12-31-hugo-post.md',
    url: 'https://example.net/p?utm=1',
    canonicalUrl: 'https://example.net/canonical',
    site: null,
  },
  {
    frontMatter: { title: 'Kept twice', source: 'https://example.com/twice', published: '2025-01-02', tags: ['dup'] },
    body: 'Saved two times, kept both.',
    filename: 'Kept twice.md',
    url: 'https://example.com/twice',
    site: 'Example',
  },
  {
    frontMatter: { title: 'Kept twice', source: 'https://example.com/twice', published: '2025-01-02', tags: ['dup'] },
    body: 'Saved two times, kept both.',
    filename: 'Kept twice.md',
    url: 'https://example.com/twice',
    site: 'Example',
  },
];

/** Saves the samples, one day apart, with their images; returns them as stored. */
export async function fillLibrary(db: TestLibrary): Promise<StoredClip[]> {
  const clips: StoredClip[] = [];
  for (const [i, sample] of SAMPLES.entries()) {
    const clip = buildClip(sample.frontMatter, sample.body, { filename: sample.filename, dateKeys: DATE_KEYS });
    const source = { url: sample.url, canonicalUrl: sample.canonicalUrl ?? null, site: sample.site };
    const stored = await saveClip(db, clip, source, { now: new Date(Date.UTC(2026, 0, 1 + i, 12)), newId: () => `clip-${i + 1}` });
    await imageStore(db).replace(stored.id, sample.images ?? []);
    clips.push(stored);
  }
  return clips;
}

/** Everything the library holds, to compare before and after: clips, images and the search index. */
export async function snapshot(db: TestLibrary): Promise<unknown> {
  return {
    clips: await db.clips.orderBy('id').toArray(),
    summaries: await db.summaries.orderBy('id').toArray(),
    images: await db.images.toArray(),
    searchDocs: await db.searchDocs.toArray(),
    postings: await db.postings.toArray(),
    searchState: await db.searchState.toArray(),
  };
}

export async function wipe(db: TestLibrary): Promise<void> {
  await Promise.all([db.clips.clear(), db.summaries.clear(), db.images.clear(), db.searchDocs.clear(), db.postings.clear(), db.searchState.clear()]);
}

/** An export's chunks (bytes or Blobs, as a download takes them) as one byte array. */
export async function collect(chunks: AsyncIterable<Uint8Array | Blob>): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  // A ZIP's chunks are views of buffers it writes again once the next is asked for: copied.
  for await (const chunk of chunks) parts.push(chunk instanceof Blob ? new Uint8Array(await chunk.arrayBuffer()) : chunk.slice());
  const all = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const part of parts) {
    all.set(part, offset);
    offset += part.length;
  }
  return all;
}
