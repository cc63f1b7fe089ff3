/**
 * deploy/nginx.conf on a real nginx (Debian's, as a school server would run it), over https with a
 * throw-away self-signed certificate: the headers the config promises (caching, CSP, types, gzip, the
 * single-page-app fallback, http → https), then Chromium installs the service worker over https and
 * the app keeps working after nginx is stopped.
 *
 * nginx runs as the current user on 127.0.0.1 and a free high port, with its pid, logs and temp files
 * in a temp folder: no root, nothing of the system's nginx is touched. Without nginx the test is skipped
 * with a loud message, unless CI=true or REQUIRE_BROWSER=1 (then a missing nginx fails, as Chromium does).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import https from 'node:https';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY_HEADER, SVG_CONTENT_SECURITY_POLICY_HEADER } from '../../scripts/contentSecurityPolicy';
import { PROJECT_ROOT } from '../../scripts/content/config';
import { BrowserErrors, DIST, builtLessons, newProfileDir, openBrowser, requireBuild, waitForActivatedServiceWorker } from './harness';

const SITE_CONF = path.join(PROJECT_ROOT, 'deploy/nginx.conf');
const MIME_TYPES = '/etc/nginx/mime.types';
const requireServer = process.env.CI === 'true' || process.env.CI === '1' || process.env.REQUIRE_BROWSER === '1';

/** NGINX_PATH, if set, is the only candidate; else nginx on PATH, else Debian's /usr/sbin/nginx (not on a user's PATH). */
function findNginx(): string | undefined {
  const onPath = () => spawnSync('sh', ['-c', 'command -v nginx'], { encoding: 'utf8' }).stdout?.trim();
  const candidates = process.env.NGINX_PATH ? [process.env.NGINX_PATH] : [onPath(), '/usr/sbin/nginx'];
  return candidates.find((candidate): candidate is string => Boolean(candidate) && fs.existsSync(candidate!));
}

const NGINX = findNginx();
if (!NGINX && !requireServer) {
  const message = "nginx was not found: the test of deploy/nginx.conf did NOT run.\nInstall Debian's nginx with: sudo apt-get install -y nginx (.ci/run does)";
  console.warn(`\n${'!'.repeat(72)}\n! ${message.replace(/\n/g, '\n! ')}\n${'!'.repeat(72)}`);
}

/** A port nobody listens on right now (the OS picks it; nginx binds it a moment later). */
async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** deploy/nginx.conf with this machine's ports, folder and certificate in place of the EDIT lines. */
function renderSite(conf: string, values: { root: string; httpPort: number; httpsPort: number; cert: string; key: string }): string {
  const edits: [RegExp, string][] = [
    [/^ *listen 80;\n/m, `    listen 127.0.0.1:${values.httpPort};\n`],
    [/^ *listen \[::\]:80;\n/m, ''],
    [/^ *listen 443 ssl http2;\n/m, `    listen 127.0.0.1:${values.httpsPort} ssl http2;\n`],
    [/^ *listen \[::\]:443 ssl http2;\n/m, ''],
    [/^( *root) [^;]+;/m, `$1 ${values.root};`],
    [/^( *ssl_certificate) [^;]+;/m, `$1 ${values.cert};`],
    [/^( *ssl_certificate_key) [^;]+;/m, `$1 ${values.key};`],
  ];
  return edits.reduce((text, [pattern, replacement]) => {
    if (!pattern.test(text)) throw new Error(`deploy/nginx.conf has no line matching ${pattern}: update renderSite() in this test`);
    return text.replace(pattern, replacement);
  }, conf);
}

/** The main nginx.conf around the site: everything nginx writes goes into `dir`. */
function mainConfig(dir: string): string {
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((kind) => `  ${kind}_temp_path ${path.join(dir, kind)};`).join('\n');
  return [
    // As root, nginx would hand its workers to "nobody", who cannot read a temp folder: keep the user.
    process.getuid?.() === 0 ? 'user root root;' : '',
    'worker_processes 1;',
    'daemon off;',
    `pid ${path.join(dir, 'nginx.pid')};`,
    `error_log ${path.join(dir, 'error.log')} warn;`,
    'events { worker_connections 64; }',
    'http {',
    `  include ${MIME_TYPES};`,
    '  default_type application/octet-stream;',
    '  access_log off;',
    temp,
    `  include ${path.join(dir, 'site.conf')};`,
    '}',
    '',
  ].join('\n');
}

interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

function get(url: string, headers: Record<string, string> = {}): Promise<Reply> {
  const client = url.startsWith('https:') ? https : http;
  return new Promise((resolve, reject) => {
    const request = client.get(url, { headers, rejectUnauthorized: false, agent: false }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks).toString('latin1') }));
    });
    request.on('error', reject);
  });
}

class Nginx {
  private process: ChildProcess | undefined;
  private exited: Promise<void> | undefined;

  constructor(
    private readonly binary: string,
    private readonly dir: string,
  ) {}

  async start(probe: string): Promise<void> {
    const child = spawn(this.binary, ['-p', `${this.dir}/`, '-e', path.join(this.dir, 'error.log'), '-c', path.join(this.dir, 'nginx.conf')], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    this.process = child;
    this.exited = new Promise((resolve) => child.once('exit', () => resolve()));
    for (let attempt = 0; attempt < 100; attempt++) {
      if (child.exitCode !== null) break;
      if (await get(probe).then(() => true, () => false)) return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const log = fs.existsSync(path.join(this.dir, 'error.log')) ? fs.readFileSync(path.join(this.dir, 'error.log'), 'utf8') : '';
    throw new Error(`nginx did not start:\n${stderr}\n${log}`);
  }

  /** Fast shutdown of the master we started (it stops its own worker). */
  async stop(): Promise<void> {
    if (!this.process || this.process.exitCode !== null) return;
    this.process.kill('SIGTERM');
    await this.exited;
  }
}

describe.skipIf(!NGINX && !requireServer)('the app behind deploy/nginx.conf over https', () => {
  let nginx: Nginx;
  let dir: string | undefined;
  let origin: string;
  let httpOrigin: string;
  let context: BrowserContext | undefined;
  let page: Page;
  const errors = new BrowserErrors();

  beforeAll(async () => {
    if (!NGINX) throw new Error("nginx was not found and CI=true or REQUIRE_BROWSER=1: install Debian's nginx (sudo apt-get install -y nginx), as .ci/run does");
    requireBuild();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mat-nginx-'));
    const cert = path.join(dir, 'server.crt');
    const key = path.join(dir, 'server.key');
    const openssl = spawnSync(
      'openssl',
      ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '1', '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1', '-keyout', key, '-out', cert],
      { encoding: 'utf8' },
    );
    if (openssl.status !== 0) throw new Error(`openssl could not make a certificate: ${openssl.error?.message ?? openssl.stderr}`);
    const [httpPort, httpsPort] = [await freePort(), await freePort()];
    fs.writeFileSync(path.join(dir, 'site.conf'), renderSite(fs.readFileSync(SITE_CONF, 'utf8'), { root: DIST, httpPort, httpsPort, cert, key }));
    fs.writeFileSync(path.join(dir, 'nginx.conf'), mainConfig(dir));
    origin = `https://127.0.0.1:${httpsPort}`;
    httpOrigin = `http://127.0.0.1:${httpPort}`;
    nginx = new Nginx(NGINX, dir);
    await nginx.start(`${origin}/`);
  });

  afterAll(async () => {
    await context?.close();
    await nginx?.stop();
    // The throw-away key and certificate, logs and temp files go with it.
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  afterEach(() => {
    expect(errors.take()).toEqual([]);
  });

  it('sends index.html and sw.js to be revalidated on every visit, with the security headers', async () => {
    for (const url of ['/', '/index.html', '/sw.js']) {
      const reply = await get(`${origin}${url}`);
      expect(reply.status, url).toBe(200);
      expect(reply.headers['cache-control'], url).toBe('no-cache');
      expect(reply.headers['content-security-policy'], url).toBe(CONTENT_SECURITY_POLICY_HEADER);
      expect(reply.headers['x-content-type-options'], url).toBe('nosniff');
      expect(reply.headers['strict-transport-security'], url).toMatch(/^max-age=\d{7,}/);
    }
    expect((await get(`${origin}/`)).headers['content-type']).toBe('text/html; charset=utf-8');
    expect((await get(`${origin}/sw.js`)).headers['content-type']).toMatch(/^(application|text)\/javascript/);
  });

  it('lets the browser keep hashed files for a year, and sends text gzipped', async () => {
    const hashed = [
      fs.readdirSync(path.join(DIST, 'assets')).find((file) => file.endsWith('.js'))!,
      fs.readdirSync(path.join(DIST, 'assets')).find((file) => file.endsWith('.css'))!,
    ].map((file) => `/assets/${file}`);
    hashed.push(`/lessons/${fs.readdirSync(path.join(DIST, 'lessons'))[0]!}`);
    for (const url of hashed) {
      const reply = await get(`${origin}${url}`, { 'accept-encoding': 'gzip' });
      expect(reply.status, url).toBe(200);
      expect(reply.headers['cache-control'], url).toBe('public, max-age=31536000, immutable');
      expect(reply.headers['content-encoding'], url).toBe('gzip');
    }
  });

  it('gives the manifest its type, and SVG files a policy under which no script runs', async () => {
    const manifest = await get(`${origin}/manifest.webmanifest`);
    expect(manifest.headers['content-type']).toMatch(/^application\/manifest\+json\b/);
    expect(manifest.headers['cache-control']).toBe('no-cache');
    const svg = await get(`${origin}/favicon.svg`);
    expect(svg.headers['content-type']).toMatch(/^image\/svg\+xml\b/);
    expect(svg.headers['content-security-policy']).toBe(SVG_CONTENT_SECURITY_POLICY_HEADER);
    expect(svg.headers['content-security-policy']).toContain("script-src 'none'");
  });

  it('answers a deep link with the app, a missing file with 404, and plain http with a move to https', async () => {
    // A prerendered page is served as <path>.html; any other app URL gets the shell, index.html.
    const lessonId = builtLessons()[0]!.id;
    const prerendered = path.join(DIST, 'lesson', `${lessonId}.html`);
    const expected = fs.readFileSync(fs.existsSync(prerendered) ? prerendered : path.join(DIST, 'index.html'), 'latin1');
    const deep = await get(`${origin}/lesson/${lessonId}`);
    expect(deep).toMatchObject({ status: 200, body: expected });
    const shell = await get(`${origin}/learners/new`);
    expect(shell).toMatchObject({ status: 200, body: fs.readFileSync(path.join(DIST, 'index.html'), 'latin1') });
    expect(deep.headers['cache-control']).toBe('no-cache');
    expect((await get(`${origin}/assets/no-such-chunk-0000.js`)).status).toBe(404);
    const plain = await get(`${httpOrigin}/help`);
    expect(plain.status).toBe(301);
    expect(plain.headers.location).toBe('https://127.0.0.1/help');
  });

  it('installs the service worker over https, then works with nginx stopped', async () => {
    ({ context, page } = await openBrowser(newProfileDir(), ['--ignore-certificate-errors'], errors));
    await page.goto(`${origin}/`);
    await page.getByRole('heading', { level: 1, name: 'Em học lớp mấy?' }).waitFor();
    expect(await page.evaluate(() => window.isSecureContext)).toBe(true);
    await waitForActivatedServiceWorker(page);
    await page.getByText('Ứng dụng đã sẵn sàng dùng cả khi không có mạng.').waitFor();
    expect(errors.take(), 'first visit').toEqual([]);

    await nginx.stop();
    await expect(get(`${origin}/`)).rejects.toThrow();
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Em học lớp mấy?' }).waitFor();
    const lesson = builtLessons().find((l) => l.locale === 'vi')!;
    await page.goto(`${origin}/lesson/${lesson.id}`);
    await page.getByRole('heading', { level: 1, name: lesson.title, exact: true }).waitFor();
    await page.goto(`${origin}/help`);
    await page.getByRole('heading', { level: 1, name: 'Cần giúp đỡ? Gọi 111' }).waitFor();
  });
});
