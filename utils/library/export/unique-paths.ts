// File names in an archive that do not collide once unpacked: compared case-insensitively, since
// Windows and macOS file systems are, and suffixed `-2`, `-3`… before the extension.

export class UniquePaths {
  private readonly taken = new Set<string>();

  get size(): number {
    return this.taken.size;
  }

  /** `folder/name.md`, or `folder/name-2.md` when that is taken. */
  claim(folder: string, filename: string): string {
    const dot = filename.lastIndexOf('.');
    const [base, extension] = dot > 0 ? [filename.slice(0, dot), filename.slice(dot)] : [filename, ''];
    for (let n = 1; ; n++) {
      const path = `${folder ? `${folder}/` : ''}${base}${n === 1 ? '' : `-${n}`}${extension}`;
      if (this.claimExact(path)) return path;
    }
  }

  /** False when the path is already in the archive (an image two clips share). */
  claimExact(path: string): boolean {
    const key = path.normalize('NFC').toLowerCase();
    if (this.taken.has(key)) return false;
    this.taken.add(key);
    return true;
  }
}
