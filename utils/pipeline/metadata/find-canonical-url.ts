// The page's canonical address: <link rel=canonical>, then og:url, made absolute against the clipped URL.
import type { MetaTags } from './meta-tags';
import { resolveHttpUrl } from '../resolve-url';

export function findCanonicalUrl(doc: Document, meta: MetaTags, url: string): string | null {
  for (const link of Array.from(doc.getElementsByTagName('link'))) {
    const rel = (link.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
    if (!rel.includes('canonical')) continue;
    const resolved = resolveHttpUrl(link.getAttribute('href'), url);
    if (resolved) return resolved;
  }
  return resolveHttpUrl(meta.first('og:url'), url);
}
