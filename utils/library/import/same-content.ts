// Whether an import would change a clip: its every field, and its images when the library keeps them.
import type { ClipImage } from '../export/clip-images';
import type { StoredClip } from '../stored-clip';

export function sameClip(a: StoredClip, b: StoredClip): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)] as (keyof StoredClip)[]);
  // JSON text compares front-matter in order: the same values in another order make another file.
  return [...keys].every((key) => JSON.stringify(a[key]) === JSON.stringify(b[key]));
}

export function sameImages(a: readonly ClipImage[], b: readonly ClipImage[]): boolean {
  if (a.length !== b.length) return false;
  const byPath = new Map(b.map((image) => [image.path, image.bytes]));
  return a.every((image) => {
    const other = byPath.get(image.path);
    return other !== undefined && other.length === image.bytes.length && other.every((byte, i) => byte === image.bytes[i]);
  });
}
