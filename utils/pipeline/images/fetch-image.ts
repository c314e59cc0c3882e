// The fetcher the extension (popup, with host access granted) and the CLI hand to localizeImages: the
// platform's fetch, as both have it. A time limit keeps one dead host from hanging a clip, and cookies
// stay home: a clip's images are fetched as an anonymous visitor would see them.
import type { FetchImage } from './localize-images';

const TIMEOUT_MS = 20_000;

export const fetchImage: FetchImage = async (url) => {
  if (!/^https?:/i.test(url)) throw new Error('not a web address');
  const response = await fetch(url, { credentials: 'omit', signal: AbortSignal.timeout(TIMEOUT_MS) });
  if (!response.ok) throw new Error(`${response.status} ${response.statusText}`.trim());
  return { bytes: new Uint8Array(await response.arrayBuffer()), type: response.headers.get('content-type') };
};
