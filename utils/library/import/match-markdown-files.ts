// Markdown files → the library clips they are copies of. A clip with the very same text is that
// clip (the library hands in clips of the same page or title); else a page (URL or canonical URL)
// with one clip left is that clip, edited; else the file is new. Each clip answers for one file,
// so two saved copies of a page and their two files pair up, whatever order the ZIP lists them in.
import type { StoredClip } from '../stored-clip';
import type { MarkdownFilePlan } from './import-plan';

export type FileMatch = { action: 'add' } | { action: 'skip' | 'update'; clip: StoredClip };

export function matchMarkdownFiles(files: readonly MarkdownFilePlan[], library: readonly StoredClip[]): FileMatch[] {
  // Looked up by text and by URL rather than scanned: re-importing 10,000 files into 10,000 clips
  // would otherwise compare a hundred million pairs.
  const byMarkdown = groupBy(library, (clip) => [clip.markdown]);
  const byUrl = groupBy(library, (clip) => (clip.canonicalUrl === null ? [clip.url] : [clip.url, clip.canonicalUrl]));
  const unclaimed = new Set(library);
  const claim = (clip: StoredClip | undefined) => (clip && unclaimed.delete(clip) ? clip : undefined);
  const identical = files.map((file) => claim(byMarkdown.get(file.clip.markdown)?.find((clip) => unclaimed.has(clip))));
  return files.map((file, i) => {
    const same = identical[i];
    if (same) return { action: 'skip', clip: same };
    // Without a URL nothing says which note a changed file was, so it is kept beside the others.
    const pages = file.clip.url ? [...new Set(pageUrls(file).flatMap((url) => byUrl.get(url) ?? []))].filter((clip) => unclaimed.has(clip)) : [];
    const edited = pages.length === 1 ? claim(pages[0]) : undefined;
    return edited ? { action: 'update', clip: edited } : { action: 'add' };
  });
}

/** The URLs a file's clip would be found by, as findSavedCopies finds saved copies. */
export function pageUrls(file: MarkdownFilePlan): string[] {
  return [file.clip.url, file.clip.canonicalUrl].filter((url): url is string => url !== null);
}

function groupBy(clips: readonly StoredClip[], keys: (clip: StoredClip) => string[]): Map<string, StoredClip[]> {
  const groups = new Map<string, StoredClip[]>();
  for (const clip of clips) {
    for (const key of new Set(keys(clip))) {
      const group = groups.get(key);
      if (group) group.push(clip);
      else groups.set(key, [clip]);
    }
  }
  return groups;
}
