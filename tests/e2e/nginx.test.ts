/**
 * deploy/nginx.conf on a real nginx (tests/nginxServer.ts), over https with a throw-away self-signed
 * certificate: what the config promises (caching, types, gzip, the single-page-app fallback, http →
 * https), then Chromium installs the service worker over https and the app keeps working after nginx is
 * stopped. The security headers, the same on every server, are tested in tests/build/servers.test.ts.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { get, skipWithoutNginx, startNginx, type NginxServer } from '../nginxServer';
import { BrowserErrors, DIST, builtLessons, newProfileDir, openBrowser, requireBuild, waitForActivatedServiceWorker } from './harness';

describe.skipIf(skipWithoutNginx('the test of deploy/nginx.conf'))('the app behind deploy/nginx.conf over https', () => {
  let nginx: NginxServer;
  let origin: string;
  let httpOrigin: string;
  let context: BrowserContext | undefined;
  let page: Page;
  const errors = new BrowserErrors();

  beforeAll(async () => {
    requireBuild();
    nginx = await startNginx(DIST);
    ({ origin, httpOrigin } = nginx);
  });

  afterAll(async () => {
    await context?.close();
    await nginx?.close();
  });

  afterEach(() => {
    expect(errors.take()).toEqual([]);
  });

  it('sends index.html and sw.js to be revalidated on every visit, and https only from then on', async () => {
    for (const url of ['/', '/index.html', '/sw.js']) {
      const reply = await get(`${origin}${url}`);
      expect(reply.status, url).toBe(200);
      expect(reply.headers['cache-control'], url).toBe('no-cache');
      expect(reply.headers['strict-transport-security'], url).toMatch(/^max-age=\d{7,}/);
    }
    expect((await get(`${origin}/`)).headers['content-type']).toBe('text/html; charset=utf-8');
    expect((await get(`${origin}/sw.js`)).headers['content-type']).toMatch(/^(application|text)\/javascript/);
  });

  it('lets the browser keep hashed files for a year, also when it asks again, and sends text gzipped', async () => {
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
    // A browser revalidating a kept file is told to keep it again; a missing one is never kept (servers.test.ts).
    const etag = String((await get(`${origin}${hashed[0]}`)).headers.etag);
    const again = await get(`${origin}${hashed[0]}`, { 'if-none-match': etag });
    expect(again.status).toBe(304);
    expect(again.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it('gives the manifest its type', async () => {
    const manifest = await get(`${origin}/manifest.webmanifest`);
    expect(manifest.headers['content-type']).toMatch(/^application\/manifest\+json\b/);
    expect(manifest.headers['cache-control']).toBe('no-cache');
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
    ({ context, page } = await openBrowser(newProfileDir(), errors, { args: ['--ignore-certificate-errors'], serviceWorker: true }));
    await page.goto(`${origin}/`);
    await page.getByRole('heading', { level: 1, name: 'Em học lớp mấy?' }).waitFor();
    expect(await page.evaluate(() => window.isSecureContext)).toBe(true);
    await waitForActivatedServiceWorker(page);
    await page.locator('.toast').getByText('Ứng dụng đã sẵn sàng dùng cả khi không có mạng.').waitFor();
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
