// serveDirectory(root) -> { origin, url(path), close() }: files under `root` on 127.0.0.1:<ephemeral>.
// HTML is sent as bare `text/html` (no charset) so a page's own <meta charset> decides, as on the web;
// `headers` overrides per path, e.g. { '/gbk.html': { 'content-type': 'text/html; charset=gbk' } }.
import http from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { AddressInfo } from 'node:net';

export interface StaticServer {
  readonly origin: string;
  url(p?: string): string;
  close(): Promise<void>;
}

export interface ServeOptions {
  /** Extra/overriding response headers by URL path (leading slash). */
  headers?: Record<string, Record<string, string>>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.htm': 'text/html',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

export async function serveDirectory(root: string, opts: ServeOptions = {}): Promise<StaticServer> {
  const base = path.resolve(root);
  const server = http.createServer(async (req, res) => {
    try {
      const urlPath = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
      let file = path.join(base, urlPath);
      if (file !== base && !file.startsWith(base + path.sep)) return send(res, 403, 'forbidden');
      if ((await stat(file).catch(() => null))?.isDirectory()) file = path.join(file, 'index.html');
      const body = await readFile(file).catch(() => null);
      if (!body) return send(res, 404, `not found: ${urlPath}`);
      res.writeHead(200, {
        'content-type': TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
        'cache-control': 'no-store',
        ...(opts.headers?.[urlPath] ?? {}),
      });
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch (e) {
      send(res, 500, String(e));
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    url: (p = '/') => new URL(p, origin + '/').href,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections(); // keep-alive sockets from Chromium would otherwise hold close() open
        server.close(() => resolve());
      }),
  };
}

function send(res: http.ServerResponse, status: number, text: string): void {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' });
  res.end(text);
}
