// Paths inside an archive that stay inside the folder they are unpacked into, on every system:
// relative, `/`-separated, no `.` or `..` steps, nothing Windows reads as a drive or device.

const UNSAFE_CHARACTERS = /[\\:*?"<>|\u0000-\u001f]/;

export function isSafeArchivePath(path: string): boolean {
  if (!path || path.startsWith('/') || UNSAFE_CHARACTERS.test(path)) return false;
  return path.split('/').every((step) => step !== '' && step !== '.' && step !== '..');
}

export function joinArchivePath(folder: string, path: string): string {
  return folder ? `${folder}/${path}` : path;
}
