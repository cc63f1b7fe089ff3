/**
 * A minimal static server for dist/, like a school's web server: files as they are, a page's prerendered
 * <path>.html, else index.html for client-side routes. The tests stop it to prove the app then runs
 * from the service worker alone.
 * With `base` ("/mang-an-toan/") the build is served from that folder only, as on a shared school site.
 */
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/** Text types are sent gzipped when the browser accepts it, as `vite preview` and real servers do. */
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.svg', '.webmanifest', '.json']);

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.gif': 'image/gif',
  '.webmanifest': 'application/manifest+json',
  '.json': 'application/json',
};

export interface StaticServer {
  /** Where the app is: the origin, plus the base path without its trailing slash ("…/mang-an-toan"). */
  url: string;
  port: number;
  close: () => Promise<void>;
}

export interface StaticServerOptions {
  /** The folder the app is served from, "/" (the default) or e.g. "/mang-an-toan/". */
  base?: string;
}

export async function startStaticServer(root: string, port = 0, { base = '/' }: StaticServerOptions = {}): Promise<StaticServer> {
  if (!base.startsWith('/') || !base.endsWith('/')) throw new Error(`base "${base}" must start and end with "/"`);
  const server = http.createServer((request, response) => {
    const requested = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    // The folder without its slash redirects, as web servers do for a directory.
    if (base !== '/' && requested === base.slice(0, -1)) {
      response.writeHead(301, { location: base }).end();
      return;
    }
    if (!requested.startsWith(base)) {
      response.writeHead(404).end('not found (outside the app folder)');
      return;
    }
    const pathname = `/${requested.slice(base.length)}`;
    let file = path.join(root, pathname);
    if (!file.startsWith(root)) {
      response.writeHead(403).end();
      return;
    }
    if (!path.extname(pathname) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      if (path.extname(pathname)) {
        response.writeHead(404).end('not found');
        return;
      }
      // A page prerendered at build time (lesson/<id>.html), else the app's fallback.
      file = pathname !== '/' && fs.existsSync(`${file}.html`) ? `${file}.html` : path.join(root, 'index.html');
    }
    const headers: Record<string, string> = {
      'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
      // The worker script must be revalidated so a new deployment is seen.
      'cache-control': path.basename(file) === 'sw.js' || file.endsWith('.html') ? 'no-cache' : 'max-age=31536000, immutable',
      vary: 'accept-encoding',
    };
    const body = fs.readFileSync(file);
    if (COMPRESSIBLE.has(path.extname(file)) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''))) {
      response.writeHead(200, { ...headers, 'content-encoding': 'gzip' }).end(gzipSync(body));
    } else {
      response.writeHead(200, headers).end(body);
    }
  });
  // Keep-alive sockets would keep the server answering after close(); track and destroy them.
  const sockets = new Set<Socket>();
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const actualPort = (server.address() as AddressInfo).port;
  return {
    port: actualPort,
    url: `http://127.0.0.1:${actualPort}${base.slice(0, -1)}`,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
