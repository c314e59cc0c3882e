// The brand label of a host name: `news.example.com.cn` → `example`, `www.example.co.uk` → `example`.
// Good enough to recognise the site's own name in a title; not a Public Suffix List lookup.

/** Second-level labels that, under a two-letter country code, belong to the public suffix (com.cn, co.uk, …). */
const GENERIC_SECOND_LEVEL = new Set(['com', 'net', 'org', 'gov', 'edu', 'ac', 'co', 'ne', 'or', 'go', 'mil', 'idv']);

export function registrableName(hostOrUrl: string): string | null {
  let host = hostOrUrl.trim().toLowerCase();
  try {
    if (host.includes('/')) host = new URL(host).hostname;
  } catch {
    return null;
  }
  host = host.replace(/:\d+$/, '').replace(/\.$/, '');
  if (!host || /^[\d.]+$/.test(host) || host.includes(':')) return null;
  const labels = host.split('.').filter(Boolean);
  if (labels.length < 2) return labels[0] ?? null;
  const last = labels[labels.length - 1] ?? '';
  const second = labels[labels.length - 2] ?? '';
  if (labels.length >= 3 && last.length === 2 && GENERIC_SECOND_LEVEL.has(second)) {
    return labels[labels.length - 3] ?? null;
  }
  return second || null;
}
