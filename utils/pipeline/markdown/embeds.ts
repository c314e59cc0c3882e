// Embedded video, audio and frames become a link on a line of its own, `[▶ Title](page)`: Markdown
// cannot play them, and a player URL is not a page a reader wants to open. The title comes from the
// frame's title or aria-label, else a readable name (the player's, or the host's).
import { absoluteUrl } from '../resolve-url';
import type { ConversionContext } from './conversion-context';
import { embedPage, type EmbedPage } from './embed-pages';
import { oneLine } from './links';

/** Titles players give every frame; they say nothing about this one. */
const GENERIC_TITLE =
  /^(?:(?:youtube|vimeo|bilibili|dailymotion|soundcloud|spotify|media)\s+)?(?:video\s+|audio\s+)?(?:player|embed(?:ded)?(?:\s+(?:content|video|media))?|i?frame|video|audio)$/i;
const LAZY_FRAME_SOURCES = ['src', 'data-src', 'data-lazy-src', 'data-original'];

export function embedMarkdown(el: Element, context: ConversionContext): string {
  const page = describe(el, context.baseUrl);
  if (!page) return '';
  const given = oneLine(el.getAttribute('title') ?? el.getAttribute('aria-label'));
  const title = given && !GENERIC_TITLE.test(given) ? given : page.name;
  const label = page.kind === 'page' ? title : `▶ ${title}`;
  return `\n\n${context.links.write(context.escape(label), page.url)}\n\n`;
}

function describe(el: Element, baseUrl: string): EmbedPage | null {
  if (el.nodeName === 'IFRAME') {
    const src = LAZY_FRAME_SOURCES.map((name) => httpUrl(el.getAttribute(name), baseUrl)).find(Boolean);
    return src ? embedPage(src) : null;
  }
  const sources = [el.getAttribute('src'), ...Array.from(el.querySelectorAll('source'), (s) => s.getAttribute('src'))];
  const src = sources.map((value) => httpUrl(value, baseUrl)).find(Boolean);
  if (!src) return null;
  return el.nodeName === 'AUDIO' ? { url: src, kind: 'audio', name: 'Audio' } : { url: src, kind: 'video', name: 'Video' };
}

function httpUrl(value: string | null, baseUrl: string): string | null {
  const url = absoluteUrl(value, baseUrl);
  return url && /^https?:/i.test(url) ? url : null;
}
