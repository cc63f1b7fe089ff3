/**
 * Every way the app is served sends the same protection (issue 17): `npm start` (vite preview with
 * vite.config.ts and its plugins), deploy/serve.mjs (the school package's one-computer server, for
 * Windows 7) and deploy/nginx.conf on Debian's nginx. Each is started once and asked over HTTP for pages,
 * an SVG, a script and missing hashed files; what it must send is scripts/securityHeaders.ts, so a copy
 * in serve.mjs or nginx.conf that drifts from it fails here. The dev server sends the SVG part only.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createServer, preview } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIST, requireBuild } from '../../scripts/buildStats';
import { PROJECT_ROOT } from '../../scripts/content/config';
import { PAGE_HEADERS, securityHeadersPlugin, SVG_CONTENT_TYPE, SVG_HEADERS } from '../../scripts/securityHeaders';
import { get, skipWithoutNginx, startNginx } from '../nginxServer';

interface Running {
  origin: string;
  close: () => Promise<void>;
}

/** `npm start` / `npm run preview`: vite preview with the project's own config, on a free port. */
async function startVitePreview(): Promise<Running> {
  const server = await preview({
    root: PROJECT_ROOT,
    configFile: path.join(PROJECT_ROOT, 'vite.config.ts'),
    logLevel: 'silent',
    build: { outDir: DIST },
    preview: { port: 0, strictPort: false },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview printed no local address');
  return { origin: url.replace(/\/$/, ''), close: () => server.close() };
}

/** deploy/serve.mjs as the package lays it out (serve.mjs beside app/), on a port the OS picks. */
async function startServeMjs(): Promise<Running> {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'mat-serve-'));
  fs.copyFileSync(path.join(PROJECT_ROOT, 'deploy/serve.mjs'), path.join(folder, 'serve.mjs'));
  fs.symlinkSync(DIST, path.join(folder, 'app'), 'dir');
  const child = spawn(process.execPath, ['serve.mjs'], { cwd: folder, env: { ...process.env, PORT: '0' }, stdio: ['ignore', 'pipe', 'pipe'] });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const close = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill();
      await exited;
    }
    fs.rmSync(folder, { recursive: true, force: true });
  };
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  // It prints its address once it listens, or why it could not and exits.
  const port = await new Promise<string>((resolve, reject) => {
    child.stdout.on('data', () => {
      const match = /http:\/\/localhost:(\d+)\//.exec(output);
      if (match) resolve(match[1]!);
    });
    child.once('exit', () => reject(new Error(`serve.mjs exited:\n${output}`)));
  }).catch(async (error: unknown) => {
    await close();
    throw error;
  });
  return { origin: `http://127.0.0.1:${port}`, close };
}

/** One .svg the build ships: a hashed one (a lesson picture under assets/ or lessons/) if any, else the favicon. */
function builtSvg(): string {
  const svgs = fs
    .readdirSync(DIST, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.svg'))
    .map((file) => `/${file.split(path.sep).join('/')}`)
    .sort();
  const svg = svgs.find((file) => /^\/(assets|lessons)\//.test(file)) ?? svgs[0];
  if (!svg) throw new Error('the build ships no .svg file: this test needs one to check the SVG headers');
  return svg;
}

/** Header names as Node reports them (lower case) with the values every server must send. */
function lowerCased(headers: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value]));
}

const SERVERS: { name: string; start: () => Promise<Running>; skip: boolean }[] = [
  { name: '`npm start` (vite preview)', start: startVitePreview, skip: false },
  { name: 'deploy/serve.mjs', start: startServeMjs, skip: false },
  { name: 'deploy/nginx.conf', start: () => startNginx(DIST), skip: skipWithoutNginx('the headers test of deploy/nginx.conf') },
];

for (const { name, start, skip } of SERVERS) {
  describe.skipIf(skip)(`the headers of ${name}`, () => {
    let server: Running;

    beforeAll(async () => {
      requireBuild();
      server = await start();
    });

    afterAll(async () => {
      await server?.close();
    });

    it("sends pages the app's policy, which no other site may frame and under which no form is sent", async () => {
      for (const url of ['/', '/index.html', '/help', '/learners/new']) {
        const reply = await get(`${server.origin}${url}`, { accept: 'text/html' });
        expect(reply.status, url).toBe(200);
        expect(reply.headers['content-type'], url).toMatch(/^text\/html/);
        expect(reply.headers, url).toMatchObject(lowerCased(PAGE_HEADERS));
        expect(reply.headers['content-security-policy'], url).toContain("frame-ancestors 'none'");
        expect(reply.headers['content-security-policy'], url).toContain("form-action 'self'");
      }
    });

    it('sends an SVG with its charset and a policy under which no script runs', async () => {
      const url = builtSvg();
      const reply = await get(`${server.origin}${url}`);
      expect(reply.status, url).toBe(200);
      expect(reply.headers, url).toMatchObject(lowerCased(SVG_HEADERS));
      expect(reply.headers['content-type'], url).toBe(SVG_CONTENT_TYPE);
      expect(SVG_CONTENT_TYPE).toBe('image/svg+xml; charset=utf-8');
      expect(reply.headers['content-security-policy'], url).toContain("script-src 'none'");
      expect(reply.headers['content-security-policy'], url).toContain("frame-ancestors 'none'");
    });

    it('sends scripts with their type, not to be sniffed as anything else', async () => {
      const url = `/assets/${fs.readdirSync(path.join(DIST, 'assets')).find((file) => file.endsWith('.js'))!}`;
      const reply = await get(`${server.origin}${url}`);
      expect(reply.status, url).toBe(200);
      expect(reply.headers['content-type'], url).toMatch(/^(text|application)\/javascript\b/);
      expect(reply.headers, url).toMatchObject(lowerCased(PAGE_HEADERS));
      expect(reply.headers['x-content-type-options'], url).toBe('nosniff');
    });

    it('lets no browser keep a missing hashed file, which a copy-over update can cause for a moment', async () => {
      for (const url of ['/assets/no-such-chunk-0000.js', '/lessons/no-such-lesson-0000.js']) {
        const reply = await get(`${server.origin}${url}`);
        // vite preview answers a missing file with the app's page (Vite's own fallback), also never kept.
        if (!name.includes('vite preview')) expect(reply.status, url).toBe(404);
        expect(reply.headers['cache-control'], url).toBe('no-cache');
        expect(reply.headers['x-content-type-options'], url).toBe('nosniff');
      }
    });
  });
}

describe('the headers of the dev server (`npm run dev`)', () => {
  let folder: string;
  let origin: string;
  let close: () => Promise<void>;

  beforeAll(async () => {
    // The plugin alone on a folder with a page and a picture: the app's dev server compiles every lesson
    // first, seconds this test does not need (vite.config.ts registering the plugin is tested above).
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'mat-dev-headers-'));
    fs.mkdirSync(path.join(folder, 'public'));
    fs.writeFileSync(path.join(folder, 'index.html'), '<!doctype html><meta charset="UTF-8" /><title>t</title>');
    fs.copyFileSync(path.join(PROJECT_ROOT, 'public/favicon.svg'), path.join(folder, 'public/picture.svg'));
    fs.copyFileSync(path.join(PROJECT_ROOT, 'public/favicon.svg'), path.join(folder, 'module.svg'));
    const server = await createServer({ root: folder, configFile: false, logLevel: 'silent', plugins: [securityHeadersPlugin()], server: { host: '127.0.0.1', port: 0 } });
    await server.listen();
    origin = server.resolvedUrls!.local[0]!.replace(/\/$/, '');
    close = () => server.close();
  });

  afterAll(async () => {
    await close?.();
    if (folder) fs.rmSync(folder, { recursive: true, force: true });
  });

  it('sends an SVG the SVG headers, but a page no policy, which would block React refresh', async () => {
    const svg = await get(`${origin}/picture.svg`);
    expect(svg.headers).toMatchObject(lowerCased(SVG_HEADERS));
    const page = await get(`${origin}/`, { accept: 'text/html' });
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    expect(page.headers['content-security-policy']).toBeUndefined();
    expect(page.headers['x-content-type-options']).toBe('nosniff');
  });

  it('leaves alone the JavaScript module Vite makes from a picture (x.svg?import)', async () => {
    const module = await get(`${origin}/module.svg?import`);
    expect(module.status).toBe(200);
    expect(module.headers['content-type']).toMatch(/^text\/javascript/);
    expect(module.headers['content-security-policy']).toBeUndefined();
  });
});
