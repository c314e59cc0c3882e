// The lead image as an absolute URL: og:image, twitter:image, JSON-LD image, then the first large image in
// the article region. Lazy-loading attributes are read before `src` (which often holds a placeholder).
import type { JsonLdFacts } from './json-ld';
import type { MetaTags } from './meta-tags';
import { resolveHttpUrl } from '../resolve-url';

/** Narrower images are icons, buttons and thumbnails, not an article's picture. */
const MIN_LEAD_IMAGE_WIDTH = 200;
/** Shorter ones are dividers, badges and banner strips. */
const MIN_LEAD_IMAGE_HEIGHT = 120;
/** Images read in the article region; the lead image comes early. */
const MAX_IMAGES = 100;

const IMAGE_META_KEYS = ['og:image', 'og:image:secure_url', 'og:image:url', 'twitter:image', 'twitter:image:src'];
const SOURCE_ATTRIBUTES = ['data-src', 'data-original', 'data-actualsrc', 'data-lazy-src', 'data-original-src', 'src'];
/** File names and classes of decoration: logos, avatars, share buttons, tracking pixels. */
const DECORATION = /(?:^|[^a-z])(?:icons?|logos?|avatars?|spacer|blank|pixel|sprite|loading|placeholder|emoji|badge|btn|button|share|qrcode|gravatar|1x1|transparent|ads?)(?:[^a-z]|$)/i;

export function findLeadImage(doc: Document, meta: MetaTags, jsonLd: JsonLdFacts, url: string, region: Element | null): string | null {
  // Declared images are trusted except when the file name says logo or icon (a site-wide fallback image).
  const declared = [...IMAGE_META_KEYS.flatMap((key) => meta.all(key)), ...jsonLd.images];
  for (const value of declared) {
    const resolved = resolveHttpUrl(value, url);
    if (resolved && !DECORATION.test(fileNameOf(resolved))) return resolved;
  }
  // Without an article region, only an image whose markup says it is large is trusted.
  const root = region ?? doc.body;
  if (!root) return null;
  for (const img of Array.from(root.getElementsByTagName('img')).slice(0, MAX_IMAGES)) {
    const source = imageSource(img, url);
    if (source && isLarge(img, source, region !== null)) return source;
  }
  return null;
}

function imageSource(img: Element, base: string): string | null {
  for (const attribute of SOURCE_ATTRIBUTES) {
    const resolved = resolveHttpUrl(img.getAttribute(attribute), base);
    if (resolved) return resolved;
  }
  const srcset = img.getAttribute('data-srcset') ?? img.getAttribute('srcset');
  return resolveHttpUrl(srcset?.trim().split(/\s+/)[0], base);
}

function isLarge(img: Element, source: string, sizeOptional: boolean): boolean {
  const width = dimension(img.getAttribute('width'));
  const height = dimension(img.getAttribute('height'));
  if (width !== null && width < MIN_LEAD_IMAGE_WIDTH) return false;
  if (height !== null && height < MIN_LEAD_IMAGE_HEIGHT) return false;
  const marks = `${fileNameOf(source)} ${img.getAttribute('class') ?? ''} ${img.getAttribute('id') ?? ''}`;
  if (DECORATION.test(marks)) return false;
  return sizeOptional || (width !== null && height !== null);
}

function dimension(value: string | null): number | null {
  const match = /^\s*(\d{1,5})(?:px)?\s*$/i.exec(value ?? '');
  return match ? Number(match[1]) : null;
}

function fileNameOf(url: string): string {
  return url.replace(/[?#].*$/, '').split('/').pop() ?? '';
}
