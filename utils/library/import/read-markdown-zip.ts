// A ZIP of Markdown files (a Clipdown export in any layout, or another tool's) → an import plan.
// A damaged archive is refused whole; a file without valid front-matter is left out and reported;
// each file takes the images under its folder's assets/ that it links.
import type { ClipImage } from '../export/clip-images';
import { ASSETS_FOLDER, linkedAssetPaths } from './linked-images';
import { invalidImport, type ImportProblem, type MarkdownFilePlan, type ReadImportResult } from './import-plan';
import { markdownFilePlan } from './markdown-file-plan';
import { readZipEntries } from './zip-entries';

const MARKDOWN_FILE = /\.(md|markdown)$/i;
/** macOS Finder's resource forks, and dotfiles (.DS_Store, .obsidian/) anywhere in the path. */
const IGNORED_PATH = /(^|\/)(__MACOSX\/|\.)/;

export function readMarkdownZip(bytes: Uint8Array): ReadImportResult<MarkdownFilePlan> {
  let entries: Map<string, Uint8Array>;
  try {
    entries = readZipEntries(bytes);
  } catch (error) {
    return invalidImport(`${(error as Error).message} Nothing was imported.`);
  }
  const clips: MarkdownFilePlan[] = [];
  const problems: ImportProblem[] = [];
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  for (const [path, data] of entries) {
    if (!MARKDOWN_FILE.test(path) || IGNORED_PATH.test(path)) continue;
    let text: string;
    try {
      text = decoder.decode(data);
    } catch {
      problems.push({ path, message: 'not UTF-8 text' });
      continue;
    }
    const reading = markdownFilePlan(path, text, linkedImages(path, text, entries));
    if (reading.ok) clips.push(reading.plan);
    else problems.push({ path, message: reading.message });
  }
  if (!clips.length) {
    const why = problems.length ? ` (${problems.map((p) => `${p.path}: ${p.message}`).join('; ')})` : '';
    return invalidImport(`This ZIP holds no Markdown files with front-matter${why}. Nothing was imported.`);
  }
  return { ok: true, value: { clips, problems, settings: null } };
}

function linkedImages(markdownPath: string, markdown: string, entries: Map<string, Uint8Array>): ClipImage[] {
  const folder = markdownPath.slice(0, markdownPath.lastIndexOf('/') + 1);
  return linkedAssetPaths(markdown).flatMap((path) => {
    const bytes = path.startsWith(ASSETS_FOLDER) ? entries.get(folder + path) : undefined;
    return bytes ? [{ path, bytes }] : [];
  });
}
