// Lazy-loaded images keep their real URL in data-* attributes (or a <noscript> copy) and a placeholder
// in `src`; responsive images list several sizes. This puts the real, largest URL in `src` and drops
// stand-in pixels, so a clip shows the picture the reader saw. Runs on a cloned document.
import { absoluteUrl } from '../resolve-url';

const LAZY_SRC_ATTRIBUTES = [
  'data-src', 'data-original', 'data-actualsrc', 'data-lazy-src', 'data-original-src', 'data-lazyload', 'data-ks-lazyload',
  'data-url', 'data-echo',
];
const LAZY_SRCSET_ATTRIBUTES = ['data-srcset', 'data-lazy-srcset'];
/**
 * File names lazy-load libraries and CMSes use for their stand-in pixel (blank.gif, spacer.gif,
 * grey.gif, loading@2x.gif, img-placeholder.svg), and not names that merely start so (pixel-art.png).
 */
const PLACEHOLDER_NAME =
  /(?:^|\/)(?:[a-z\d]+[-_])?(?:blank|spacer|placeholder|pixel|transparent|loading|loader|lazy|lazyload|grey|gray|1x1|clear|trans|empty)(?:[-_.@]?(?:\d+x?\d*|img|image|bg|placeholder))*\.(?:gif|png|svg|jpe?g|webp)(?:[?#]|$)/i;
/** Tiny inline images are spacers; real inline photos are far longer than this. */
const MAX_PLACEHOLDER_DATA_URI = 200;
/** Tracking pixels and spacers declare a size of one pixel (or none) in a dimension. */
const MAX_PLACEHOLDER_DIMENSION = 1;
/** Formats many Markdown viewers cannot show yet; a <picture> lists them before the common ones. */
const EXOTIC_FORMAT = /\.(?:avif|jxl|heic|heif)(?:[?#]|$)/i;
const EXOTIC_TYPE = /^image\/(?:avif|jxl|heic|heif)/i;
/** A <source> meant only for narrow screens has a smaller picture than the page shows on a desktop. */
const NARROW_SCREEN_MEDIA = /max-width/i;

export function isPlaceholderSrc(src: string | null): boolean {
  if (!src || !src.trim()) return true;
  const value = src.trim();
  if (value.startsWith('data:')) return value.length < MAX_PLACEHOLDER_DATA_URI;
  return PLACEHOLDER_NAME.test(value);
}

export function resolveLazyImages(root: ParentNode, baseUrl: string): void {
  const { images, noscripts } = imagesAndNoscripts(root);
  for (const noscript of noscripts) {
    const standIn = useNoscriptImage(noscript);
    if (standIn) images.push(standIn);
  }
  for (const img of images) {
    if (!root.contains(img)) continue;
    const lazy = LAZY_SRC_ATTRIBUTES.map((name) => img.getAttribute(name)).find((v) => v && !isPlaceholderSrc(v));
    if (lazy && isPlaceholderSrc(img.getAttribute('src'))) img.setAttribute('src', lazy);
    copyLazySrcset(img);
    const best = largestSource(img);
    if (best && !isPlaceholderSrc(best)) img.setAttribute('src', best);

    const src = img.getAttribute('src');
    if ((isPlaceholderSrc(src) && !img.getAttribute('srcset')) || hasPlaceholderSize(img)) {
      img.remove();
      continue;
    }
    if (src && !src.startsWith('data:')) {
      const absolute = absoluteUrl(src, baseUrl);
      if (absolute) img.setAttribute('src', absolute);
    }
  }
}

/** One walk (under jsdom, querySelectorAll over a whole page costs several times more). */
function imagesAndNoscripts(root: ParentNode): { images: Element[]; noscripts: Element[] } {
  const images: Element[] = [];
  const noscripts: Element[] = [];
  const walker = ((root as Node).ownerDocument ?? (root as Document)).createTreeWalker(root as Node, 1 /* SHOW_ELEMENT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeName === 'IMG') images.push(node as Element);
    else if (node.nodeName === 'NOSCRIPT') noscripts.push(node as Element);
  }
  return { images, noscripts };
}

function copyLazySrcset(el: Element): void {
  const lazySet = LAZY_SRCSET_ATTRIBUTES.map((name) => el.getAttribute(name)).find(Boolean);
  if (lazySet) el.setAttribute('srcset', lazySet);
}

function hasPlaceholderSize(img: Element): boolean {
  return ['width', 'height'].some((name) => {
    const value = img.getAttribute(name);
    return value !== null && value.trim() !== '' && Number.parseFloat(value) <= MAX_PLACEHOLDER_DIMENSION;
  });
}

/**
 * Pages without scripts get the real image from <noscript>: it replaces the placeholder before it, or
 * stands in for the <noscript>. In a browser its content is text, parsed inertly in a <template>.
 */
function useNoscriptImage(noscript: Element): Element | null {
  const fallback = noscriptImage(noscript);
  if (!fallback) return null;
  const previous = noscript.previousElementSibling;
  const placeholder = previous?.nodeName === 'IMG' ? previous : previous?.querySelectorAll('img').length === 1 ? previous.querySelector('img') : null;
  if (!placeholder) {
    noscript.replaceWith(fallback);
    return fallback;
  }
  if (isPlaceholderSrc(placeholder.getAttribute('src'))) {
    for (const name of ['src', 'srcset', 'alt']) {
      const value = fallback.getAttribute(name);
      if (value && (name !== 'alt' || !placeholder.getAttribute('alt'))) placeholder.setAttribute(name, value);
    }
  }
  noscript.remove();
  return null;
}

function noscriptImage(noscript: Element): Element | null {
  const parsed = noscript.querySelector('img');
  if (parsed) return parsed;
  const text = noscript.textContent ?? '';
  if (!/<img\b/i.test(text)) return null;
  const template = noscript.ownerDocument.createElement('template');
  template.innerHTML = text;
  return template.content.querySelector('img');
}

/** The largest candidate of the image's srcset, or of the first usable <source> of its <picture>. */
function largestSource(img: Element): string | null {
  const own = img.getAttribute('srcset');
  if (own) return largestCandidate(own);
  const picture = img.parentElement?.nodeName === 'PICTURE' ? img.parentElement : null;
  for (const source of Array.from(picture?.children ?? [])) {
    if (source.nodeName !== 'SOURCE') continue;
    copyLazySrcset(source);
    const srcset = source.getAttribute('srcset');
    if (!srcset || EXOTIC_TYPE.test(source.getAttribute('type') ?? '') || NARROW_SCREEN_MEDIA.test(source.getAttribute('media') ?? '')) continue;
    const best = largestCandidate(srcset);
    if (best) return best;
  }
  return null;
}

interface Candidate {
  url: string;
  width: number;
  density: number;
}

function largestCandidate(srcset: string): string | null {
  const all = parseSrcset(srcset);
  const common = all.filter((candidate) => !EXOTIC_FORMAT.test(candidate.url));
  const pool = common.length ? common : all;
  const byWidth = pool.some((candidate) => candidate.width > 0);
  let best: Candidate | null = null;
  for (const candidate of pool) {
    const size = byWidth ? candidate.width : candidate.density;
    if (!best || size > (byWidth ? best.width : best.density)) best = candidate;
  }
  return best?.url ?? null;
}

/** HTML's srcset grammar: a URL (which may contain commas) then descriptors up to the next comma. */
export function parseSrcset(srcset: string): Candidate[] {
  const candidates: Candidate[] = [];
  let i = 0;
  while (i < srcset.length) {
    while (i < srcset.length && /[\s,]/.test(srcset[i]!)) i++;
    if (i >= srcset.length) break;
    const start = i;
    while (i < srcset.length && !/\s/.test(srcset[i]!)) i++;
    let url = srcset.slice(start, i);
    let descriptor = '';
    if (url.endsWith(',')) {
      url = url.replace(/,+$/, '');
    } else {
      const descriptorStart = i;
      while (i < srcset.length && srcset[i] !== ',') i++;
      descriptor = srcset.slice(descriptorStart, i).trim();
    }
    const width = /^(\d+)w$/i.exec(descriptor)?.[1];
    const density = /^(\d*\.?\d+)x$/i.exec(descriptor)?.[1];
    candidates.push({ url, width: width ? Number(width) : 0, density: density ? Number(density) : 1 });
  }
  return candidates;
}
