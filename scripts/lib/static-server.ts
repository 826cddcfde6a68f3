// Serves a built site on 127.0.0.1 (npm run preview and the end-to-end tests) with sirv, the way
// the documented nginx configuration does: a folder's index.html, 404 with the site's 404 page,
// and 410 Gone with the page of its reason for every URL the site retired on purpose
// (vervallen-urls.txt, written by the build).
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server, type ServerResponse } from 'node:http';
import { join, resolve } from 'node:path';
import sirv from 'sirv';
import { parseRetired } from '../../src/domain/url-manifest.ts';

export interface StaticServer {
  url: string;
  server: Server;
  close: () => Promise<void>;
}

function sendPage(res: ServerResponse, status: number, file: string | null): void {
  res.writeHead(status, { 'content-type': 'text/html; charset=utf-8' });
  res.end(
    file && existsSync(file) ? readFileSync(file) : status === 410 ? 'Vervallen' : 'Niet gevonden',
  );
}

/** Serves `root` under `basePath` (default '/') on `port` (0: any free port). */
export function serveStatic(root: string, port = 0, basePath = '/'): Promise<StaticServer> {
  const absRoot = resolve(root);
  const retiredFile = join(absRoot, 'vervallen-urls.txt');
  const retired = new Map(
    existsSync(retiredFile)
      ? parseRetired(readFileSync(retiredFile, 'utf8')).urls.map((u) => [u.path, u.reden])
      : [],
  );
  const files = sirv(absRoot, { dev: true, etag: true, dotfiles: false });
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (!url.pathname.startsWith(basePath)) return sendPage(res, 404, null);
    const path = `/${url.pathname.slice(basePath.length)}`;
    const reden = retired.get(decodeURIComponent(path));
    if (reden) return sendPage(res, 410, join(absRoot, 'vervallen', reden, 'index.html'));
    req.url = `${path}${url.search}`;
    files(req, res, () => sendPage(res, 404, join(absRoot, '404.html')));
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      const actualPort = typeof address === 'object' && address ? address.port : port;
      resolvePromise({
        url: `http://127.0.0.1:${actualPort}${basePath}`,
        server,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}
