// Telling an open page that a library table changed, here or in another extension page (the popup
// saving, another library tab): dexie reports every write through its cross-tab storagemutated event.
import Dexie, { type ObservabilitySet } from 'dexie';

/** Calls `listener` after each write to `table` of `db`; returns the unsubscribe. */
export function onTableChange(db: Dexie, table: string, listener: () => void): () => void {
  const prefix = `idb://${db.name}/${table}/`;
  const changed = (parts: ObservabilitySet) => {
    if (Object.keys(parts).some((part) => part.startsWith(prefix))) listener();
  };
  Dexie.on('storagemutated', changed);
  return () => Dexie.on('storagemutated').unsubscribe(changed);
}
