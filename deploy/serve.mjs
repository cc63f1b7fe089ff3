/* global console, process, URL */
// Mạng An Toàn on one computer, with no web server: `npm start` (or `node serve.mjs`) in the unzipped
// package serves the app/ folder at http://localhost:4173 for this computer's browser only.
//
// Why localhost: a service worker (offline use) needs a secure context, and http://localhost is one;
// the same files reached from another computer over plain http://<address> are not. So it listens on
// 127.0.0.1 only. No dependencies, and syntax old enough for Node.js 13.14, the last one on Windows 7.
// Bare module names: Node 13 does not know the 'node:' prefix.
import { spawn } from 'child_process';
import fs from 'fs';
import http from 'http';
import path from 'path';

// The app/ folder next to this script.
const ROOT = path.join(path.dirname(path.resolve(process.argv[1])), 'app');
const PORT = Number(process.env.PORT || 4173);
const HOST = '127.0.0.1';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml; charset=utf-8',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.gif': 'image/gif',
  '.woff2': 'font/woff2',
  '.webmanifest': 'application/manifest+json',
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
};

// The protection nginx.conf and `npm start` send too: copies of scripts/contentSecurityPolicy.ts and
// scripts/securityHeaders.ts, which say why each is there (this file runs alone, with no build step).
// tests/build/servers.test.ts asks this server over HTTP and fails when a copy drifts (the sha256 is
// index.html's one inline script: it changes when that script does).
const PAGE_CSP =
  "default-src 'self'; script-src 'self' 'sha256-OeXhtR02rZDGpI4rnt2Vj7jwFmWZ/PImFjuyC7NeOXo='; object-src 'none'; base-uri 'none'; img-src 'self' data:; style-src 'self'; form-action 'self'; frame-ancestors 'none'";
const SVG_CSP =
  "default-src 'self'; script-src 'none'; object-src 'none'; base-uri 'none'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'";

/** Like nginx.conf's `map`: an SVG opened on its own runs no script; every other response gets the page's policy. */
function securityHeaders(urlPath) {
  return {
    'content-security-policy': /\.svg$/i.test(urlPath) ? SVG_CSP : PAGE_CSP,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
  };
}

/**
 * Hashed file names never change content: a year. The rest is checked on every visit (see deploy/nginx.conf).
 * Only for a file that exists: a 404 (a copy-over update can miss a file for a moment) is `no-cache`.
 */
function cacheControl(urlPath) {
  return /\/(assets|lessons)\//.test(urlPath) ? 'public, max-age=31536000, immutable' : 'no-cache';
}

function send(response, status, headers, body, urlPath) {
  response.writeHead(status, Object.assign(securityHeaders(urlPath || '/'), headers));
  response.end(body);
}

const server = http.createServer((request, response) => {
  let urlPath;
  try {
    urlPath = decodeURIComponent(new URL(request.url || '/', 'http://localhost').pathname);
  } catch {
    send(response, 400, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-cache' }, 'bad request');
    return;
  }
  let file = path.join(ROOT, urlPath);
  if (file !== ROOT && !file.startsWith(ROOT + path.sep)) {
    send(response, 403, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-cache' }, 'forbidden', urlPath);
    return;
  }
  const isFile = fs.existsSync(file) && fs.statSync(file).isFile();
  if (!isFile) {
    // A missing file is a 404; any other path is a page of the app (/lesson/<id>, /help …): its
    // prerendered HTML when the build wrote one (lesson/<id>.html), else index.html.
    if (path.extname(urlPath)) {
      send(response, 404, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-cache' }, 'not found', urlPath);
      return;
    }
    file = fs.existsSync(file + '.html') && fs.statSync(file + '.html').isFile() ? file + '.html' : path.join(ROOT, 'index.html');
  }
  const type = TYPES[path.extname(file).toLowerCase()] || 'application/octet-stream';
  send(response, 200, { 'content-type': type, 'cache-control': cacheControl(isFile ? urlPath : '/index.html') }, fs.readFileSync(file), urlPath);
});

server.on('error', (error) => {
  if (error.code === 'EADDRINUSE') {
    console.error(`Cổng ${PORT} đang bận: có thể ứng dụng đã chạy rồi. Hãy mở http://localhost:${PORT}/ trong trình duyệt.`);
  } else {
    console.error(`Không chạy được máy chủ: ${error.message}`);
  }
  process.exit(1);
});

if (!fs.existsSync(path.join(ROOT, 'index.html'))) {
  console.error(`Không thấy thư mục app/ (cần có ${path.join(ROOT, 'index.html')}). Hãy giải nén cả gói rồi chạy lại.`);
  process.exit(1);
}

/** `--open`: show the app in the default browser once the server answers (Mo-ung-dung.cmd uses it). */
function openBrowser(url) {
  const [command, args] =
    process.platform === 'win32' ? ['cmd', ['/c', 'start', '', url]] : process.platform === 'darwin' ? ['open', [url]] : ['xdg-open', [url]];
  const child = spawn(command, args, { stdio: 'ignore', detached: true, windowsHide: true });
  // No browser to open (a server without a desktop): the address printed above is enough.
  child.on('error', () => undefined);
  child.unref();
}

server.listen(PORT, HOST, () => {
  const port = server.address().port;
  const url = `http://localhost:${port}/`;
  console.log(`Mạng An Toàn đang chạy: mở ${url} trong Chrome, Edge hoặc Firefox trên máy này.`);
  console.log('Sau lần mở đầu tiên, trình duyệt này mở được ứng dụng ở địa chỉ đó cả khi không có mạng và khi cửa sổ này đã đóng.');
  console.log('Nhấn Ctrl+C để dừng.');
  if (process.argv.includes('--open')) openBrowser(url);
});
