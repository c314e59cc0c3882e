// How a failed library write is told apart: the browser's disk or quota is full, or anything else.

export function isQuotaExceeded(error: unknown): boolean {
  // Dexie rethrows IndexedDB's error under the same name, sometimes wrapped in `inner`.
  const { name, inner } = (error ?? {}) as { name?: string; inner?: { name?: string } };
  return name === 'QuotaExceededError' || inner?.name === 'QuotaExceededError';
}
