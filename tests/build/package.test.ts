/**
 * `npm run package`: the zip a school receives holds the whole built app, the nginx config, the guide
 * (readable in Windows 7 Notepad) and what `npm start` needs on a computer with only Node.js — and that
 * small server answers like the real one.
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { DIST, requireBuild } from '../../scripts/buildStats';
import { PROJECT_ROOT } from '../../scripts/content/config';
import { packageName, packageVersion, writePackage } from '../../scripts/package';

function distFilesRecursive(): string[] {
  return fs
    .readdirSync(DIST, { recursive: true, encoding: 'utf8' })
    .filter((file) => fs.statSync(path.join(DIST, file)).isFile())
    .map((file) => file.split(path.sep).join('/'));
}

function get(port: number, url: string): Promise<{ status: number; type: string; cache: string; body: string }> {
  return new Promise((resolve, reject) => {
    http
      .get({ host: '127.0.0.1', port, path: url, agent: false }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            type: String(response.headers['content-type']),
            cache: String(response.headers['cache-control']),
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        );
      })
      .on('error', reject);
  });
}

describe('the package for a school', () => {
  const top = packageName();
  let zipFile: string;
  let files: Record<string, Uint8Array>;

  beforeAll(() => {
    requireBuild();
    zipFile = writePackage({ dist: DIST, outDir: fs.mkdtempSync(path.join(os.tmpdir(), 'mat-package-')) });
    files = unzipSync(new Uint8Array(fs.readFileSync(zipFile)));
  });

  it(`is named after the version: ${packageName()}.zip`, () => {
    expect(path.basename(zipFile)).toBe(`mang-an-toan-${packageVersion()}.zip`);
  });

  it('holds the whole build under app/, the nginx config, the guide and the one-computer server, nothing else', () => {
    const names = Object.keys(files).sort();
    const app = distFilesRecursive().map((file) => `${top}/app/${file}`);
    const extras = ['HUONG-DAN.txt', 'Mo-ung-dung.cmd', 'nginx/mang-an-toan.conf', 'package.json', 'serve.mjs'].map((file) => `${top}/${file}`);
    expect(names).toEqual([...app, ...extras].sort());
    for (const file of ['index.html', 'sw.js', 'manifest.webmanifest', 'boot.js']) expect(names).toContain(`${top}/app/${file}`);
    expect(new TextDecoder().decode(files[`${top}/nginx/mang-an-toan.conf`])).toBe(fs.readFileSync(path.join(PROJECT_ROOT, 'deploy/nginx.conf'), 'utf8'));
    expect(files[`${top}/app/sw.js`]).toEqual(new Uint8Array(fs.readFileSync(path.join(DIST, 'sw.js'))));
  });

  it('has the guide in Vietnamese, with a BOM and CRLF line ends for Windows Notepad', () => {
    const bytes = files[`${top}/HUONG-DAN.txt`]!;
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes);
    expect(text).not.toMatch(/[^\r]\n/);
    const source = fs.readFileSync(path.join(PROJECT_ROOT, 'deploy/HUONG-DAN.md'), 'utf8');
    // (TextDecoder drops the BOM.)
    expect(text.replace(/\r\n/g, '\n')).toBe(source);
    for (const setUp of ['Cách 1', 'Cách 2', 'Cách 3']) expect(text).toContain(setUp);
  });

  it('starts with `npm start` in the unzipped folder: the app, its deep links and its files, on localhost only', async () => {
    const manifest = JSON.parse(new TextDecoder().decode(files[`${top}/package.json`])) as { scripts: { start: string } };
    expect(manifest.scripts.start).toBe('node serve.mjs');
    // Old Node.js on Windows 7 (13.14) must parse it: ES2019 syntax.
    const esCheck = spawnSync(path.join(PROJECT_ROOT, 'node_modules/.bin/es-check'), ['es2019', path.join(PROJECT_ROOT, 'deploy/serve.mjs'), '--module', '--noColor'], { encoding: 'utf8' });
    expect(esCheck.status, esCheck.stdout + esCheck.stderr).toBe(0);

    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'mat-unzipped-'));
    for (const [name, data] of Object.entries(files)) {
      const target = path.join(folder, name);
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.writeFileSync(target, data);
    }
    // Port 0: the OS picks a free one, and the server prints it.
    const server = spawn(process.execPath, ['serve.mjs'], { cwd: path.join(folder, top), env: { ...process.env, PORT: '0' } });
    try {
      let output = '';
      server.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
      await expect.poll(() => output, { timeout: 10_000 }).toMatch(/http:\/\/localhost:\d+\//);
      const port = Number(/localhost:(\d+)/.exec(output)![1]);
      const index = fs.readFileSync(path.join(DIST, 'index.html'), 'utf8');
      expect(await get(port, '/')).toMatchObject({ status: 200, type: 'text/html; charset=utf-8', cache: 'no-cache', body: index });
      expect(await get(port, '/lesson/any-lesson')).toMatchObject({ status: 200, body: index });
      expect(await get(port, '/sw.js')).toMatchObject({ status: 200, type: 'text/javascript; charset=utf-8', cache: 'no-cache' });
      expect(await get(port, '/manifest.webmanifest')).toMatchObject({ status: 200, type: 'application/manifest+json' });
      const asset = distFilesRecursive().find((file) => file.startsWith('assets/') && file.endsWith('.js'))!;
      expect(await get(port, `/${asset}`)).toMatchObject({ status: 200, cache: 'public, max-age=31536000, immutable' });
      expect((await get(port, '/assets/no-such-chunk.js')).status).toBe(404);
      expect((await get(port, '/../package.json')).status).not.toBe(200);
    } finally {
      server.kill();
    }
  });

  it('refuses a build made for a sub-folder, whose set-up differs', () => {
    const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'mat-subfolder-build-'));
    fs.writeFileSync(path.join(dist, 'sw.js'), '');
    fs.writeFileSync(path.join(dist, 'index.html'), '');
    fs.writeFileSync(path.join(dist, 'manifest.webmanifest'), JSON.stringify({ scope: '/mang-an-toan/' }));
    expect(() => writePackage({ dist, outDir: dist })).toThrow(/built for the folder "\/mang-an-toan\/"/);
  });
});
