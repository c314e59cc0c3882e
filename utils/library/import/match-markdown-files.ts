// Markdown files → the library clips they are copies of. A clip with the very same text is that
// clip (the library hands in clips of the same page or title); else a page (URL or canonical URL)
// with one clip left is that clip, edited; else the file is new. Each clip answers for one file, so two saved copies of a page
// and their two files pair up, whatever order the ZIP lists them in.
import type { StoredClip } from '../stored-clip';
import type { MarkdownFilePlan } from './import-plan';

export type FileMatch = { action: 'add' } | { action: 'skip' | 'update'; clip: StoredClip };

export function matchMarkdownFiles(files: readonly MarkdownFilePlan[], library: readonly StoredClip[]): FileMatch[] {
  const unclaimed = new Set(library);
  const claim = (clip: StoredClip | undefined) => clip && unclaimed.delete(clip) && clip;
  const identical = files.map((file) => claim(library.find((clip) => unclaimed.has(clip) && clip.markdown === file.clip.markdown)));
  return files.map((file, i) => {
    const same = identical[i];
    if (same) return { action: 'skip', clip: same };
    // Without a URL nothing says which note a changed file was, so it is kept beside the others.
    const pages = file.clip.url ? library.filter((clip) => unclaimed.has(clip) && samePage(file, clip)) : [];
    const edited = pages.length === 1 ? claim(pages[0]) : undefined;
    return edited ? { action: 'update', clip: edited } : { action: 'add' };
  });
}

/** The URLs a file's clip would be found by, as findSavedCopies finds saved copies. */
export function pageUrls(file: MarkdownFilePlan): string[] {
  return [file.clip.url, file.clip.canonicalUrl].filter((url): url is string => url !== null);
}

function samePage(file: MarkdownFilePlan, clip: StoredClip): boolean {
  const urls = pageUrls(file);
  return urls.includes(clip.url) || (clip.canonicalUrl !== null && urls.includes(clip.canonicalUrl));
}
