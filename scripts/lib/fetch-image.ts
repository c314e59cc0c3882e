// Images for `--images local|data-uri` in the CLI: plain fetch, with a time limit so one dead host
// cannot hang a clip.
import type { FetchImage } from '../../utils/pipeline/images/localize-images';

const TIMEOUT_MS = 20_000;

export const fetchImage: FetchImage = async (url) => {
  if (!/^https?:/i.test(url)) throw new Error('not a web address');
  const response = await fetch(url, { signal: AbortSignal.timeout(TIMEOUT_MS), redirect: 'follow' });
  if (!response.ok) throw new Error(`${response.status} ${response.statusText}`.trim());
  return { bytes: new Uint8Array(await response.arrayBuffer()), type: response.headers.get('content-type') };
};
