// Saving a clip: new, or replacing one already saved for the same page. Each save is one
// transaction; storage errors come back as messages a user can act on.
import type { ClipDatabase } from './clip-database';
import { clipImageStore } from './clip-images-table';
import { tagsOf } from './clip-tags';
import { libraryTables, putClipRows } from './clip-rows';
import type { ClipImage } from './export/clip-images';
import { isQuotaExceeded } from './storage-errors';
import type { StoredClip } from './stored-clip';
import type { Clip } from '../pipeline/render/render-clip';
import { ClipdownFailure } from '../result';

export interface ClipSource {
  url: string;
  canonicalUrl: string | null;
  site: string | null;
}

/** Clips already saved for this page, by its URL or its canonical URL. */
export async function findSavedCopies(db: ClipDatabase, source: ClipSource): Promise<StoredClip[]> {
  const urls = [source.url, source.canonicalUrl].filter((u): u is string => Boolean(u));
  const [byUrl, byCanonical] = await Promise.all([
    db.clips.where('url').anyOf(urls).toArray(),
    db.clips.where('canonicalUrl').anyOf(urls).toArray(),
  ]);
  const seen = new Map<string, StoredClip>();
  for (const clip of [...byUrl, ...byCanonical]) seen.set(clip.id, clip);
  return [...seen.values()].sort((a, b) => b.updatedAt - a.updatedAt);
}

export interface SaveOptions {
  /** Replace this saved clip instead of adding a new one. */
  replaceId?: string;
  now: Date;
  newId?: () => string;
  /** The images the clip's body links as assets/ (local image mode); they replace any kept before. */
  images?: readonly ClipImage[];
}

export async function saveClip(db: ClipDatabase, clip: Clip, source: ClipSource, options: SaveOptions): Promise<StoredClip> {
  const time = options.now.getTime();
  const newId = options.newId ?? (() => crypto.randomUUID());
  try {
    return await db.transaction('rw', libraryTables(db), async () => {
      const previous = options.replaceId ? await db.clips.get(options.replaceId) : undefined;
      const stored: StoredClip = {
        id: previous?.id ?? newId(),
        url: source.url,
        canonicalUrl: source.canonicalUrl,
        site: source.site,
        title: typeof clip.frontMatter.title === 'string' ? clip.frontMatter.title : '',
        frontMatter: clip.frontMatter,
        body: clip.body,
        markdown: clip.markdown,
        filename: clip.filename,
        tags: tagsOf(clip.frontMatter),
        createdAt: previous?.createdAt ?? time,
        updatedAt: time,
      };
      await putClipRows(db, [stored]);
      await clipImageStore(db).replace(stored.id, (options.images ?? []).map(({ path, bytes }) => ({ path, bytes })));
      return stored;
    });
  } catch (error) {
    throw storageFailure(error);
  }
}

/** Writes a clip edited in the library over its saved version: same id, its images kept. */
export async function saveEditedClip(db: ClipDatabase, clip: StoredClip): Promise<void> {
  try {
    await db.transaction('rw', libraryTables(db), async () => {
      await putClipRows(db, [clip]);
    });
  } catch (error) {
    throw storageFailure(error);
  }
}

function storageFailure(error: unknown): ClipdownFailure {
  if (isQuotaExceeded(error)) {
    return new ClipdownFailure('storage-full', 'The browser has no room left for the clip library. Nothing was changed; free some disk space, or export and delete old clips, then save again.');
  }
  return new ClipdownFailure('storage-failed', `The clip could not be saved: ${(error as Error)?.message ?? String(error)}. Nothing was changed.`);
}
