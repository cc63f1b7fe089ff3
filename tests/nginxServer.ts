/**
 * deploy/nginx.conf on a real nginx (Debian's, as a school server would run it), over https with a
 * throw-away self-signed certificate: shared by the test of the nginx set-up (tests/e2e/nginx.test.ts)
 * and the test of every server's headers (tests/build/servers.test.ts).
 *
 * nginx runs as the current user on 127.0.0.1 and a free high port, with its pid, logs and temp files
 * in a temp folder: no root, nothing of the system's nginx is touched. Without nginx those tests are
 * skipped with a loud message, unless CI=true or REQUIRE_BROWSER=1 (then a missing nginx fails, as a
 * missing Chromium does).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { PROJECT_ROOT } from '../scripts/content/config';

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

/** Whether a file's nginx tests are skipped: no nginx here, and nobody requires one. Says so loudly. */
export function skipWithoutNginx(what: string): boolean {
  if (NGINX || requireServer) return false;
  const message = `nginx was not found: ${what} did NOT run.\nInstall Debian's nginx with: sudo apt-get install -y nginx (.ci/run does)`;
  console.warn(`\n${'!'.repeat(72)}\n! ${message.replace(/\n/g, '\n! ')}\n${'!'.repeat(72)}`);
  return true;
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
    if (!pattern.test(text)) throw new Error(`deploy/nginx.conf has no line matching ${pattern}: update renderSite() in tests/nginxServer.ts`);
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

export interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** One GET over http or https (the test certificate is self-signed), on a fresh connection. */
export function get(url: string, headers: Record<string, string> = {}): Promise<Reply> {
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

export interface NginxServer {
  /** https://127.0.0.1:<port> */
  origin: string;
  /** The plain-http port, which only redirects. */
  httpOrigin: string;
  /** Fast shutdown of the master we started (it stops its own worker); the temp folder stays until close(). */
  stop: () => Promise<void>;
  /** stop(), then remove the throw-away key and certificate, logs and temp files. */
  close: () => Promise<void>;
}

/** Starts nginx with deploy/nginx.conf serving `root`, and waits until it answers. */
export async function startNginx(root: string): Promise<NginxServer> {
  if (!NGINX) throw new Error("nginx was not found and CI=true or REQUIRE_BROWSER=1: install Debian's nginx (sudo apt-get install -y nginx), as .ci/run does");
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mat-nginx-'));
  const cert = path.join(dir, 'server.crt');
  const key = path.join(dir, 'server.key');
  const openssl = spawnSync(
    'openssl',
    ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '1', '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1', '-keyout', key, '-out', cert],
    { encoding: 'utf8' },
  );
  if (openssl.status !== 0) throw new Error(`openssl could not make a certificate: ${openssl.error?.message ?? openssl.stderr}`);
  const [httpPort, httpsPort] = [await freePort(), await freePort()];
  fs.writeFileSync(path.join(dir, 'site.conf'), renderSite(fs.readFileSync(SITE_CONF, 'utf8'), { root, httpPort, httpsPort, cert, key }));
  fs.writeFileSync(path.join(dir, 'nginx.conf'), mainConfig(dir));
  const origin = `https://127.0.0.1:${httpsPort}`;

  const child: ChildProcess = spawn(NGINX, ['-p', `${dir}/`, '-e', path.join(dir, 'error.log'), '-c', path.join(dir, 'nginx.conf')], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    await exited;
  };
  const close = async () => {
    await stop();
    fs.rmSync(dir, { recursive: true, force: true });
  };
  for (let attempt = 0; attempt < 100; attempt++) {
    if (child.exitCode !== null) break;
    if (await get(`${origin}/`).then(() => true, () => false)) return { origin, httpOrigin: `http://127.0.0.1:${httpPort}`, stop, close };
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const log = fs.existsSync(path.join(dir, 'error.log')) ? fs.readFileSync(path.join(dir, 'error.log'), 'utf8') : '';
  await close();
  throw new Error(`nginx did not start:\n${stderr}\n${log}`);
}
