// Makes a clip's images independent of the web: either files in an `assets/` folder beside the `.md`
// (relative links), or data: URIs inside it. Fetching is the caller's (the extension, the CLI); an image that
// cannot be fetched keeps its web address and is reported, so nothing is lost silently.
import { assetName } from './asset-name';
import { rewriteImageUrls, markdownImageUrls } from './markdown-images';

export interface FetchedImage {
  bytes: Uint8Array;
  /** The response's Content-Type, if any. */
  type: string | null;
}

/** Resolves with the image's bytes, or throws with a reason the user can read. */
export type FetchImage = (url: string) => Promise<FetchedImage>;

export interface ImageAsset {
  /** Relative to the `.md` file, with `/`: `assets/photo-1a2b3c4d.jpg`. */
  path: string;
  url: string;
  bytes: Uint8Array;
  type: string | null;
}

export interface LocalizedImages {
  markdown: string;
  /** Files to write beside the `.md` (none in data-uri mode). */
  assets: ImageAsset[];
  failed: { url: string; reason: string }[];
}

export interface LocalizeOptions {
  assetsDir?: string;
  /** Bigger images keep their web address: a 30 MB photo does not belong inside a note. */
  maxBytes?: number;
  /** Downloads at once; a page with 200 images should not open 200 connections. */
  concurrency?: number;
}

const DEFAULTS = { assetsDir: 'assets', maxBytes: 10 * 1024 * 1024, concurrency: 4 };

export async function localizeImages(
  markdown: string,
  mode: 'local' | 'data-uri',
  fetchImage: FetchImage,
  options: LocalizeOptions = {},
): Promise<LocalizedImages> {
  const { assetsDir, maxBytes, concurrency } = { ...DEFAULTS, ...options };
  const urls = markdownImageUrls(markdown);
  const replacements = new Map<string, string>();
  const assets: ImageAsset[] = [];
  const failed: LocalizedImages['failed'] = [];

  const fetchOne = async (url: string): Promise<void> => {
    try {
      const image = await fetchImage(url);
      const type = image.type?.split(';')[0]!.trim().toLowerCase() ?? null;
      if (type && !type.startsWith('image/')) throw new Error(`the server sent ${type}, not an image`);
      if (image.bytes.length > maxBytes) throw new Error(`larger than ${Math.round(maxBytes / 1024 / 1024)} MB`);
      if (mode === 'data-uri') {
        replacements.set(url, `data:${type ?? 'application/octet-stream'};base64,${toBase64(image.bytes)}`);
      } else {
        const path = `${assetsDir}/${assetName(url, type)}`;
        assets.push({ path, url, bytes: image.bytes, type });
        // Stems are letters, digits, `_` and `-` only: valid as they are in a link, and readable.
        replacements.set(url, path);
      }
    } catch (error) {
      failed.push({ url, reason: error instanceof Error ? error.message : String(error) });
    }
  };

  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < urls.length) await fetchOne(urls[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, urls.length) }, lane));

  // Assets in the order the images appear, whatever order the downloads finished in.
  assets.sort((a, b) => urls.indexOf(a.url) - urls.indexOf(b.url));
  return { markdown: rewriteImageUrls(markdown, (url) => replacements.get(url) ?? url), assets, failed };
}

/** btoa wants a binary string; building it in chunks keeps big images off the call stack's limit. */
function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}
