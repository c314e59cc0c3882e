// Where this browser's settings went on their last write, and why, so the options page can say when
// they are not syncing. Kept in local storage: each browser has its own answer.

export type SettingsLocation =
  | { area: 'sync'; bytes: number; quotaBytes: number }
  /** Over the sync quota (counted before writing, or refused by the browser). */
  | { area: 'local'; reason: 'too-large'; bytes: number; quotaBytes: number }
  /** Sync refused the write for another reason (missing, write limits, a newer Clipdown's settings there). */
  | { area: 'local'; reason: 'sync-failed'; message: string }
  /** Changes came faster than sync takes them; the latest goes to sync in a few seconds, or with the next change. */
  | { area: 'local'; reason: 'sync-pending' };

/** A new profile has nothing stored yet; its first write goes to sync. */
export const NOT_YET_STORED: Readonly<SettingsLocation> = Object.freeze({ area: 'sync', bytes: 0, quotaBytes: 0 });

/** What the location item holds: the location, and which sync write this browser's copy matches. */
export type StoredLocation = SettingsLocation & { write?: string };

export function publicLocation(stored: StoredLocation | null): SettingsLocation {
  if (!stored) return NOT_YET_STORED;
  const { write: _write, ...location } = stored;
  return location;
}
