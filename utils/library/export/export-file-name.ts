// What an export is called once downloaded: dated by the user's own calendar day, so the file made
// tonight is tonight's, not tomorrow's in UTC.
export type ExportKind = 'zip' | 'backup';

export function exportFileName(kind: ExportKind, now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const day = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  return kind === 'zip' ? `clipdown-${day}.zip` : `clipdown-backup-${day}.json`;
}
