// openExtensionPage(harness, path) -> Page: chrome-extension://<id>/<path> in a normal tab, to read the
// extension origin's IndexedDB / storage in assertions (same origin as the popup, so same data).
import type { Page } from 'playwright-core';
import type { Harness } from './launch-browser';

export async function openExtensionPage(harness: Harness, pagePath = 'popup.html'): Promise<Page> {
  const page = await harness.context.newPage();
  await page.goto(`chrome-extension://${harness.extensionId}/${pagePath.replace(/^\//, '')}`);
  return page;
}

/** All records of one object store, via raw IndexedDB (independent of the app's dexie schema code). */
export async function readIndexedDb<T = unknown>(page: Page, dbName: string, storeName: string): Promise<T[]> {
  return page.evaluate(
    ([db, store]) =>
      new Promise<T[]>((resolve, reject) => {
        const open = indexedDB.open(db!);
        // Opening a missing DB would create it empty at version 1; report that instead.
        open.onupgradeneeded = () => {
          open.transaction?.abort();
          reject(new Error(`IndexedDB "${db}" does not exist in ${location.origin}`));
        };
        open.onerror = () => reject(open.error ?? new Error(`cannot open IndexedDB "${db}"`));
        open.onsuccess = () => {
          const conn = open.result;
          if (!conn.objectStoreNames.contains(store!)) {
            conn.close();
            return reject(new Error(`IndexedDB "${db}" has no store "${store}" (has: ${[...conn.objectStoreNames].join(', ')})`));
          }
          const req = conn.transaction(store!, 'readonly').objectStore(store!).getAll();
          req.onsuccess = () => { conn.close(); resolve(req.result as T[]); };
          req.onerror = () => { conn.close(); reject(req.error); };
        };
      }),
    [dbName, storeName] as const,
  );
}

/** chrome.storage.<area> contents as the extension sees them. */
export async function readExtensionStorage(page: Page, area: 'local' | 'sync' | 'session' = 'local'): Promise<Record<string, unknown>> {
  return page.evaluate((a) => (globalThis as any).chrome.storage[a].get(null), area);
}
