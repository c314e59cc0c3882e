// Decides whether a piece of a title names the site, given the names the page declares for itself.
// Comparison ignores case, spaces and punctuation, so "EXAMPLE.COM" matches the host label "example".

/** A CJK segment may add this many characters to a site name ("示例新闻中心" for "示例新闻") and still be the site part. */
const SITE_SEGMENT_SLACK = 8;
/** Shorter names ("cn", "m") would match inside ordinary words. */
const MIN_LATIN_NAME_CHARS = 3;
const MIN_CJK_NAME_CHARS = 2;
/** In a multi-word Latin segment the name must make up this share of the words ("Planet News", not "Planet cuts jobs"). */
const MIN_NAME_WORD_SHARE = 0.5;

export function matchesSiteName(segment: string, siteNames: readonly string[]): boolean {
  const seg = squash(segment);
  if (!seg) return false;
  const words = segment.split(/\s+/).map(squash).filter(Boolean);
  const latinWords = words.length >= 2 && !/[^\x00-\x7f]/.test(seg);
  for (const raw of siteNames) {
    const name = squash(raw);
    if (!name) continue;
    if (seg === name) return true;
    const nameIsCjk = /[^\x00-\x7f]/.test(name);
    if (latinWords) {
      if (!nameIsCjk && name.length >= MIN_LATIN_NAME_CHARS && coversWordRun(words, name)) return true;
      continue;
    }
    const minChars = nameIsCjk ? MIN_CJK_NAME_CHARS : MIN_LATIN_NAME_CHARS;
    const maxSegment = Math.min(name.length + SITE_SEGMENT_SLACK, name.length * 2 + 2);
    if (name.length >= minChars && seg.includes(name) && seg.length <= maxSegment) return true;
    const segMin = /[^\x00-\x7f]/.test(seg) ? MIN_CJK_NAME_CHARS : MIN_LATIN_NAME_CHARS;
    // "示例" in the title, "示例新闻" as og:site_name.
    if (seg.length >= segMin && name.includes(seg) && seg.length * 2 >= name.length) return true;
  }
  return false;
}

/** The name spells out consecutive whole words of the segment, and enough of them. */
function coversWordRun(words: readonly string[], name: string): boolean {
  for (let start = 0; start < words.length; start++) {
    let joined = '';
    for (let end = start; end < words.length && joined.length < name.length; end++) {
      joined += words[end];
      if (joined === name) return (end - start + 1) / words.length >= MIN_NAME_WORD_SHARE;
    }
  }
  return false;
}

function squash(value: string): string {
  return value.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}
