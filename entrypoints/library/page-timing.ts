// Timings the page records for itself (performance marks and measures), read by `npm run bench:library`
// and visible in DevTools' performance panel. "Painted" is a frame after React committed.
export function afterPaint(then: () => void): void {
  requestAnimationFrame(() => setTimeout(then, 0));
}

export function markOnce(name: string): void {
  if (!performance.getEntriesByName(name, 'mark').length) performance.mark(name);
}

export function measureSearch(query: string, startedAt: number): void {
  performance.measure('clipdown:search', { start: startedAt, end: performance.now(), detail: { query } });
}
