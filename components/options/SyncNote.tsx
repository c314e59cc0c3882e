// Says when the settings are not syncing between the user's browsers, and why; nothing while they sync.
import type { SettingsLocation } from '@/utils/settings/settings-location';

export function SyncNote({ location }: { location: SettingsLocation | null }) {
  // A pending sync is the normal state while the user types: nothing to warn about.
  if (!location || location.area === 'sync' || location.reason === 'sync-pending') return null;
  return (
    <p className="status status-warning sync-note" role="note">
      {location.reason === 'too-large'
        ? `Your settings are too large to sync (${kilobytes(location.bytes)} of ${kilobytes(location.quotaBytes)}); they are kept on this browser only. Removing presets or site rules you no longer use lets them sync again.`
        : `Your settings could not be synced (${location.message}); they are kept on this browser for now, and Clipdown tries to sync them again with your next change.`}
    </p>
  );
}

function kilobytes(bytes: number): string {
  // Rounded up, so settings just over the quota never read as "100 KB of 100 KB".
  return `${Math.ceil(bytes / 1024)} KB`;
}
