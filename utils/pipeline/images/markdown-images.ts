// Finds and rewrites the images of a clip's Markdown, as the converter writes them: `![alt](URL)` or
// `![alt](URL "title")`. Code is left alone: an image written inside a fence or a code span is text.

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
/** A code span (left as it is) or an image; the URL group is what gets rewritten. */
const SPAN_OR_IMAGE = /(`+)[\s\S]*?\1|(!\[(?:\\.|[^\]\\])*\]\()([^\s)]+)((?:\s+"(?:\\.|[^"\\])*")?\))/g;

/** Calls `rewrite` with each image URL outside code; its return value replaces the URL. */
export function rewriteImageUrls(markdown: string, rewrite: (url: string) => string): string {
  let fence: string | null = null;
  return markdown
    .split('\n')
    .map((line) => {
      const marker = FENCE.exec(line)?.[1];
      if (fence) {
        if (marker && marker[0] === fence[0] && marker.length >= fence.length && !line.trim().slice(marker.length).trim()) fence = null;
        return line;
      }
      if (marker) {
        fence = marker;
        return line;
      }
      return line.replace(SPAN_OR_IMAGE, (match, _ticks, open: string | undefined, url: string | undefined, close: string | undefined) =>
        open && url !== undefined ? `${open}${rewrite(url)}${close}` : match,
      );
    })
    .join('\n');
}

/** Web addresses of the Markdown's images, each once, in order. */
export function markdownImageUrls(markdown: string): string[] {
  const urls = new Set<string>();
  rewriteImageUrls(markdown, (url) => {
    if (/^https?:\/\//i.test(url)) urls.add(url);
    return url;
  });
  return [...urls];
}
