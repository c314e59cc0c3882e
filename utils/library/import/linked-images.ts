// The `assets/…` files a Markdown file links, as Clipdown writes them (`![](assets/x-1a2b.png)`)
// and as other tools do (`<img src="./assets/…">`, `[ref]: assets/…`, `<assets/a b.png>`).

export const ASSETS_FOLDER = 'assets/';

const ASSET_LINK = /(?:\]\(\s*<?|<img\b[^>]*?\bsrc=["']|^\s*\[[^\]]+\]:\s*<?)(?:\.\/)?(assets\/[^)"'>\n]+?)(?=>|\)|["']|\s+["'(]|\s*$)/gm;

/** Relative paths (`assets/…`), decoded (`%20` → space), each once. */
export function linkedAssetPaths(markdown: string): string[] {
  const paths = new Set<string>();
  for (const match of markdown.matchAll(ASSET_LINK)) paths.add(decode(match[1]!.trim()));
  return [...paths];
}

function decode(path: string): string {
  try {
    return decodeURI(path);
  } catch {
    return path;
  }
}
