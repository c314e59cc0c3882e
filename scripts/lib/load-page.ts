// A page for the pipeline in Node: from a file or an http(s) URL, decoded by its charset and
// parsed by jsdom with scripts off (pages are untrusted) and without loading subresources.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { JSDOM, VirtualConsole } from 'jsdom';
import { findCanonicalUrl } from '../../utils/pipeline/metadata/find-canonical-url';
import { readMetaTags } from '../../utils/pipeline/metadata/meta-tags';
import { decodeHtml } from './decode-html';

export interface LoadedPage {
  dom: JSDOM;
  /** The URL links resolve against and the clip's `source`. */
  url: string;
}

const FETCH_TIMEOUT_MS = 30_000;

export async function loadPage(target: string, baseUrl?: string): Promise<LoadedPage> {
  if (/^https?:\/\//i.test(target)) {
    const response = await fetch(target, { signal: AbortSignal.timeout(FETCH_TIMEOUT_MS), redirect: 'follow' });
    if (!response.ok) throw new Error(`${target} answered ${response.status} ${response.statusText}`);
    const html = decodeHtml(new Uint8Array(await response.arrayBuffer()), response.headers.get('content-type'));
    const url = baseUrl ?? response.url;
    return { dom: parseHtml(html, url), url };
  }
  const file = path.resolve(target);
  const html = decodeHtml(new Uint8Array(await readFile(file)));
  const provisional = baseUrl ?? pathToFileURL(file).href;
  const dom = parseHtml(html, provisional);
  // A saved page usually still names where it came from; links resolve best against that.
  const url = baseUrl ?? pageOwnUrl(dom.window.document, provisional) ?? provisional;
  return { dom: url === provisional ? dom : parseHtml(html, url), url };
}

export function parseHtml(html: string, url: string): JSDOM {
  const virtualConsole = new VirtualConsole(); // page CSS and script errors are not ours to print
  try {
    return new JSDOM(html, { url, virtualConsole });
  } catch {
    // jsdom's CSS parser throws on some real stylesheets; Readability reads only inline styles.
    return new JSDOM(html.replace(/<style[\s\S]*?<\/style>/gi, ''), { url, virtualConsole });
  }
}

/** Where a saved page says it came from (canonical link, og:url), if that is a web address. */
function pageOwnUrl(doc: Document, fileUrl: string): string | null {
  return findCanonicalUrl(doc, readMetaTags(doc), fileUrl);
}
