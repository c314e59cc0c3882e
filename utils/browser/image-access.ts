// Downloading or embedding a clip's images means fetching them from other hosts, which an extension page
// may do only with host access. It is optional (see wxt.config.ts): asked for when the user wants it.
import { browser } from 'wxt/browser';

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
