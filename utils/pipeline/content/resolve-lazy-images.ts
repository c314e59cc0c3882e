// Lazy-loaded images keep their real URL in data-* attributes and a placeholder in `src`;
// without this step a clip shows grey boxes or nothing. Runs on a cloned document.
import { absoluteUrl } from '../resolve-url';

const LAZY_SRC_ATTRIBUTES = ['data-src', 'data-original', 'data-actualsrc', 'data-lazy-src', 'data-url', 'data-echo'];
const LAZY_SRCSET_ATTRIBUTES = ['data-srcset', 'data-lazy-srcset'];
/** File names lazy-load libraries use for their stand-in pixel. */
const PLACEHOLDER_NAME = /(^|[/_.-])(blank|spacer|placeholder|pixel|transparent|loading|lazy|grey|gray|1x1)[^/]*\.(gif|png|svg|jpe?g|webp)(\?|$)/i;
/** Tiny inline images are spacers; real inline photos are far longer than this. */
const MAX_PLACEHOLDER_DATA_URI = 200;

export function isPlaceholderSrc(src: string | null): boolean {
  if (!src || !src.trim()) return true;
  const value = src.trim();
  if (value.startsWith('data:')) return value.length < MAX_PLACEHOLDER_DATA_URI;
  return PLACEHOLDER_NAME.test(value);
}

export function resolveLazyImages(root: ParentNode, baseUrl: string): void {
  for (const img of Array.from(root.querySelectorAll('img'))) {
    const lazy = LAZY_SRC_ATTRIBUTES.map((name) => img.getAttribute(name)).find((v) => v && !isPlaceholderSrc(v));
    if (lazy && isPlaceholderSrc(img.getAttribute('src'))) img.setAttribute('src', lazy);
    else if (lazy && !img.getAttribute('src')) img.setAttribute('src', lazy);
    const lazySet = LAZY_SRCSET_ATTRIBUTES.map((name) => img.getAttribute(name)).find(Boolean);
    if (lazySet) img.setAttribute('srcset', lazySet);

    const src = img.getAttribute('src');
    if (isPlaceholderSrc(src) && !img.getAttribute('srcset')) {
      img.remove();
      continue;
    }
    if (src && !src.startsWith('data:')) {
      const absolute = absoluteUrl(src, baseUrl);
      if (absolute) img.setAttribute('src', absolute);
    }
  }
}
