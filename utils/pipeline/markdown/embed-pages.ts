// The page a reader should open for an embedded player: YouTube, Vimeo, Bilibili, Tencent Video,
// Youku, Dailymotion, SoundCloud and Spotify player URLs become their watch or listen pages.

export interface EmbedPage {
  url: string;
  kind: 'video' | 'audio' | 'page';
  /** A readable name when the page gives the frame no title. */
  name: string;
}

interface Player {
  host: RegExp;
  kind: EmbedPage['kind'];
  name: string;
  page: (url: URL) => string | null;
}

const PLAYERS: Player[] = [
  { host: /(^|\.)youtube(-nocookie)?\.com$/, kind: 'video', name: 'YouTube video', page: youtubePage },
  {
    host: /^player\.vimeo\.com$/,
    kind: 'video',
    name: 'Vimeo video',
    page: (url) => pathId(url, /^\/video\/(\d+)/, (id) => `https://vimeo.com/${id}`),
  },
  { host: /^player\.bilibili\.com$/, kind: 'video', name: 'Bilibili video', page: bilibiliPage },
  {
    host: /^v\.qq\.com$/,
    kind: 'video',
    name: 'Tencent video',
    page: (url) => (url.searchParams.get('vid') ? `https://v.qq.com/x/page/${url.searchParams.get('vid')}.html` : null),
  },
  {
    host: /^player\.youku\.com$/,
    kind: 'video',
    name: 'Youku video',
    page: (url) => pathId(url, /^\/embed\/([\w=]+)/, (id) => `https://v.youku.com/v_show/id_${id}.html`),
  },
  {
    host: /(^|\.)dailymotion\.com$/,
    kind: 'video',
    name: 'Dailymotion video',
    page: (url) => pathId(url, /^\/embed\/video\/(\w+)/, (id) => `https://www.dailymotion.com/video/${id}`),
  },
  { host: /^w\.soundcloud\.com$/, kind: 'audio', name: 'SoundCloud audio', page: (url) => url.searchParams.get('url') },
  {
    host: /^open\.spotify\.com$/,
    kind: 'audio',
    name: 'Spotify',
    page: (url) => pathId(url, /^\/embed(\/.+)/, (path) => `https://open.spotify.com${path}`),
  },
];

export function embedPage(src: string): EmbedPage {
  const url = new URL(src);
  const player = PLAYERS.find((p) => p.host.test(url.hostname));
  if (!player) return { url: src, kind: 'page', name: url.hostname };
  return { url: player.page(url) ?? src, kind: player.kind, name: player.name };
}

function pathId(url: URL, pattern: RegExp, page: (id: string) => string): string | null {
  const id = pattern.exec(url.pathname)?.[1];
  return id ? page(id) : null;
}

function youtubePage(url: URL): string | null {
  const list = url.searchParams.get('list');
  if (url.pathname === '/embed/videoseries' && list) return `https://www.youtube.com/playlist?list=${encodeURIComponent(list)}`;
  const id = /^\/embed\/([\w-]{6,})/.exec(url.pathname)?.[1];
  if (!id) return null;
  const start = Number(url.searchParams.get('start'));
  return `https://www.youtube.com/watch?v=${id}${start > 0 ? `&t=${Math.floor(start)}s` : ''}`;
}

function bilibiliPage(url: URL): string | null {
  const bvid = url.searchParams.get('bvid');
  const aid = url.searchParams.get('aid');
  const video = bvid && /^BV\w+$/.test(bvid) ? bvid : aid && /^\d+$/.test(aid) ? `av${aid}` : null;
  if (!video) return null;
  const part = Number(url.searchParams.get('page') ?? url.searchParams.get('p'));
  return `https://www.bilibili.com/video/${video}${part > 1 ? `?p=${part}` : ''}`;
}
