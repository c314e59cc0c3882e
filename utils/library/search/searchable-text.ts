// The words of a clip as a reader sees them: link and image addresses, HTML tags and Markdown's
// punctuation are not what anyone searches for, and addresses would flood the index with
// "https", "com" and path fragments.

const LINK_TARGET = /\]\((?:[^()\s]|\([^()\s]*\))*(?:\s+"[^"]*")?\)/g;
const REFERENCE_DEFINITION = /^\s*\[[^\]]+\]:\s*\S+.*$/gm;
const BARE_URL = /\b(?:https?|ftp):\/\/\S+/g;
const HTML_TAG = /<\/?[a-z][^>]*>/gi;

export function searchableText(markdown: string): string {
  return markdown.replace(LINK_TARGET, ']').replace(REFERENCE_DEFINITION, '').replace(BARE_URL, ' ').replace(HTML_TAG, ' ');
}
