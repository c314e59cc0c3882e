// Writes an import plan in one transaction: the clips, their summaries, search index and images land
// together, or, on any failure, nothing does. Idempotent: what the library already holds is skipped.
import type { ClipDatabase } from '../clip-database';
import { clipImageStore } from '../clip-images-table';
import { libraryTables, putClipRows } from '../clip-rows';
import type { ClipImage } from '../export/clip-images';
import { isQuotaExceeded } from '../storage-errors';
import type { StoredClip } from '../stored-clip';
import { ClipdownFailure } from '../../result';
import type { ClipImageStore } from './clip-image-store';
import type { BackupClipPlan, ImportPlan, ImportProblem, MarkdownFilePlan } from './import-plan';
import { matchMarkdownFiles, pageUrls } from './match-markdown-files';
import { sameClip, sameImages } from './same-content';

export interface ImportOptions {
  now: Date;
  newId?: () => string;
  /** Where images go; the library's image table unless a test says otherwise. */
  images?: ClipImageStore;
}

export interface ImportedClip {
  id: string;
  title: string;
  /** The file in the ZIP it came from; null for a backup's clip. */
  path: string | null;
}

export interface ImportReport {
  added: ImportedClip[];
  updated: ImportedClip[];
  skipped: ImportedClip[];
  problems: ImportProblem[];
}

interface Write {
  clip: StoredClip;
  images: ClipImage[];
  path: string | null;
  isNew: boolean;
}

export async function applyImport(db: ClipDatabase, plan: ImportPlan, options: ImportOptions): Promise<ImportReport> {
  const store = options.images ?? clipImageStore(db);
  try {
    return await db.transaction('rw', [...libraryTables(db), ...store.tables], async () => {
      const backupClips = plan.clips.filter((p): p is BackupClipPlan => p.kind === 'backup');
      const files = plan.clips.filter((p): p is MarkdownFilePlan => p.kind === 'markdown-file');
      const report: ImportReport = { added: [], updated: [], skipped: [], problems: [...plan.problems] };
      // Every clip's fate is decided first, then written in bulk, with a fixed number of awaits: dexie keeps
      // a transaction alive across only about a hundred awaits of promises that are not its own, so an
      // await per clip would lose the transaction part-way through a large import.
      const saved = await db.clips.bulkGet(backupClips.map((p) => p.clip.id));
      const matches = matchMarkdownFiles(files, await candidateClips(db, files));
      const candidates: { write: Write; existing: StoredClip | undefined }[] = [
        ...backupClips.map(({ clip, images }, i) => ({ write: { clip, images, path: null, isNew: !saved[i] }, existing: saved[i] })),
        ...files.map((file, i) => {
          const match = matches[i]!;
          const previous = match.action === 'add' ? undefined : match.clip;
          return { write: { clip: fileClip(file, previous, options), images: file.images, path: file.path, isNew: !previous }, existing: previous };
        }),
      ];
      // Images are compared only where the clip itself is unchanged, read in one go.
      const sameText = candidates.filter(({ write, existing }) => existing && sameClip(existing, write.clip));
      const keptImages = await Promise.all(sameText.map(({ existing }) => store.read(existing!.id)));
      const unchanged = new Set(sameText.filter(({ write }, i) => sameImages(keptImages[i]!, write.images)).map(({ write }) => write));

      const writes: Write[] = [];
      for (const { write } of candidates) {
        const entry = { id: write.clip.id, title: write.clip.title, path: write.path };
        if (unchanged.has(write)) report.skipped.push(entry);
        else {
          writes.push(write);
          (write.isNew ? report.added : report.updated).push(entry);
        }
      }

      await putClipRows(db, writes.map((w) => w.clip));
      // A new clip without images has none to replace.
      await Promise.all(writes.filter((w) => !w.isNew || w.images.length).map((w) => store.replace(w.clip.id, w.images)));
      return report;
    });
  } catch (error) {
    throw importFailure(error);
  }
}

/** A file's clip: a new one, or the clip it matched with the file's content, keeping its id and creation time. */
function fileClip(file: MarkdownFilePlan, previous: StoredClip | undefined, options: ImportOptions): StoredClip {
  const time = options.now.getTime();
  // A skipped file keeps the clip exactly as saved, times included, so sameClip sees no change.
  if (previous && previous.markdown === file.clip.markdown) return previous;
  const newId = options.newId ?? (() => crypto.randomUUID());
  return { ...file.clip, id: previous?.id ?? newId(), createdAt: previous?.createdAt ?? file.clip.createdAt ?? time, updatedAt: time };
}

/** Clips of the files' pages, and of their titles: a Hexo or Obsidian file may carry no URL, only its text to match. */
async function candidateClips(db: ClipDatabase, files: readonly MarkdownFilePlan[]): Promise<StoredClip[]> {
  const urls = [...new Set(files.flatMap(pageUrls))];
  const titles = [...new Set(files.map((file) => file.clip.title))];
  const found = await Promise.all([
    db.clips.where('url').anyOf(urls).toArray(),
    db.clips.where('canonicalUrl').anyOf(urls).toArray(),
    db.clips.where('title').anyOf(titles).toArray(),
  ]);
  return [...new Map(found.flat().map((clip) => [clip.id, clip])).values()];
}

function importFailure(error: unknown): ClipdownFailure {
  if (isQuotaExceeded(error)) {
    return new ClipdownFailure('storage-full', 'The browser has no room left for these clips. Nothing was imported; free some disk space, or import fewer clips at a time.');
  }
  return new ClipdownFailure('storage-failed', `The import could not be written: ${(error as Error)?.message ?? String(error)}. Nothing was imported.`);
}
