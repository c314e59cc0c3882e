// File names for downloaded images: readable (the URL's own name), unique per URL (a short hash, so two
// clips' `image.jpg` never overwrite each other and the same image is stored once), with an extension
// (CDN URLs often have none: the response's type gives it).

const EXTENSIONS: Record<string, string> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/gif': 'gif',
  'image/webp': 'webp',
  'image/avif': 'avif',
  'image/svg+xml': 'svg',
  'image/bmp': 'bmp',
  'image/x-icon': 'ico',
  'image/vnd.microsoft.icon': 'ico',
  'image/tiff': 'tif',
};
const KNOWN_EXTENSION = /\.(jpe?g|png|gif|webp|avif|svg|bmp|ico|tiff?)$/i;
const MAX_STEM = 60;

export function assetName(url: string, contentType: string | null): string {
  let stem = 'image';
  let extension = EXTENSIONS[(contentType ?? '').split(';')[0]!.trim().toLowerCase()] ?? '';
  try {
    const last = decodeURIComponent(new URL(url).pathname.split('/').pop() ?? '');
    const known = KNOWN_EXTENSION.exec(last);
    if (known && !extension) extension = known[1]!.toLowerCase().replace('jpeg', 'jpg');
    const cleaned = (known ? last.slice(0, known.index) : last)
      .normalize('NFC')
      .replace(/[^\p{L}\p{N}_-]+/gu, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, MAX_STEM);
    if (cleaned) stem = cleaned;
  } catch {
    // Not a URL or a broken %-escape: the hash alone keeps it unique.
  }
  return `${stem}-${hash(url)}.${extension || 'img'}`;
}

/** FNV-1a, 32 bits: short, stable across runs and platforms; collisions only matter within one library. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}
