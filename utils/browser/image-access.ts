// Downloading or embedding a clip's images means fetching them from other hosts, which an extension page
// may do only with host access. It is optional (see wxt.config.ts): asked for when the user wants it.
import { browser } from 'wxt/browser';
import type { FetchImage } from '../pipeline/images/localize-images';

const ALL_SITES = { origins: ['<all_urls>'] };

/** Must run straight from a click: browsers grant permission prompts only to a user gesture. */
export async function requestImageAccess(): Promise<boolean> {
  try {
    if (await browser.permissions.contains(ALL_SITES)) return true;
    return await browser.permissions.request(ALL_SITES);
  } catch {
    return false;
  }
}

const TIMEOUT_MS = 20_000;

/** Cookies stay home: a clip's images are fetched as an anonymous visitor would see them. */
export const fetchImageFromExtension: FetchImage = async (url) => {
  const response = await fetch(url, { credentials: 'omit', signal: AbortSignal.timeout(TIMEOUT_MS) });
  if (!response.ok) throw new Error(`${response.status} ${response.statusText}`.trim());
  return { bytes: new Uint8Array(await response.arrayBuffer()), type: response.headers.get('content-type') };
};
