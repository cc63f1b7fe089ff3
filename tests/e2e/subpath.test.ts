/**
 * A school that hosts the app in a folder of its website (https://truong.edu.vn/mang-an-toan/): a build
 * made with BASE_PATH=/mang-an-toan/ keeps every URL — scripts, pictures, manifest, service-worker
 * scope, links between lessons — inside that folder, and works offline there, deep links included.
 *
 * It builds its own copy into .cache/dist-subpath (never dist/, which the other tests use), from the
 * unit tests' lesson pack with its picture made big enough to become a file of its own (small pictures
 * are inlined as data: URLs and would not show whether picture URLs get the folder).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../scripts/content/config';
import { loadContent } from '../../scripts/content/load';
import { precacheUrls } from '../../scripts/buildStats';
import type { LessonBody } from '../../src/content/types';
import { BrowserErrors, newProfileDir, openBrowser, waitForActivatedServiceWorker } from './harness';
import { startStaticServer, type StaticServer } from './staticServer';

const BASE = '/mang-an-toan/';
const OUT = path.join(PROJECT_ROOT, '.cache/dist-subpath');
const FIXTURE_PACK = path.join(PROJECT_ROOT, 'tests/fixtures/content/valid-pack');
/** Vite inlines assets under 4 KiB; a picture above that is emitted as a file under assets/. */
const PICTURE_BYTES = 8 * 1024;
const VERSION = (JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8')) as { version: string }).version;

/** A copy of the fixture pack whose SVG pictures are padded (with an XML comment) past the inline limit. */
function packWithPictureFiles(): string {
  const pack = fs.mkdtempSync(path.join(os.tmpdir(), 'mat-subpath-pack-'));
  fs.cpSync(FIXTURE_PACK, pack, { recursive: true });
  for (const file of fs.readdirSync(pack, { recursive: true, encoding: 'utf8' })) {
    if (!file.endsWith('.svg')) continue;
    const full = path.join(pack, file);
    // A long description, which the compiler keeps (it drops comments), so the picture is too big to inline.
    fs.writeFileSync(full, fs.readFileSync(full, 'utf8').replace('</svg>', `<desc>${'x'.repeat(PICTURE_BYTES)}</desc></svg>`));
  }
  return pack;
}

function withoutTestEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(env).filter(([key]) => key !== 'NODE_ENV' && !key.startsWith('VITEST')));
}

function buildUnderSubPath(pack: string): void {
  const result = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], {
    cwd: PROJECT_ROOT,
    // Without vitest's NODE_ENV=test, which would give a development build of React and the worker.
    env: { ...withoutTestEnv(process.env), BASE_PATH: BASE, BUILD_OUT: OUT, LESSONS_ROOT: pack },
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`the sub-path build failed:\n${result.stdout}\n${result.stderr}`);
}

// Read from the compiled lesson as text, so the test does not depend on how its HTML is structured.
const pictureCount = (lesson: LessonBody) => JSON.stringify(lesson).match(/<img /g)?.length ?? 0;
const linksToLesson = (lesson: LessonBody) => JSON.stringify(lesson).includes(String.raw`href=\"/lesson/`);

describe(`the app built for a sub-folder (${BASE})`, () => {
  let lessons: LessonBody[];
  let server: StaticServer;
  let context: BrowserContext;
  let page: Page;
  const errors = new BrowserErrors();
  let app: string;

  beforeAll(() => {
    const pack = packWithPictureFiles();
    lessons = loadContent({ root: pack, curriculum: false }).lessons.map((l) => l.lesson);
    buildUnderSubPath(pack);
  });

  afterAll(async () => {
    await context?.close();
    await server?.close();
  });

  afterEach(() => {
    expect(errors.take()).toEqual([]);
  });

  it('puts every URL of the build under the folder', () => {
    const read = (file: string) => fs.readFileSync(path.join(OUT, file), 'utf8');
    const html = read('index.html');
    // In-page anchors (the skip link's #main) are not URLs of the build.
    const urls = [...html.matchAll(/\b(?:src|href)="([^"#][^"]*)"/g)].map((m) => m[1]!);
    expect(urls.length).toBeGreaterThan(5);
    expect(urls.filter((url) => !url.startsWith(BASE))).toEqual([]);
    // index.html is the prerendered home page: its links to pages are app routes; files must exist.
    const files = urls.filter((url) => /\.[a-z0-9]+(\?|$)/i.test(url));
    expect(files.length).toBeGreaterThan(3);
    for (const url of files) expect(fs.existsSync(path.join(OUT, url.slice(BASE.length))), url).toBe(true);

    const manifest = JSON.parse(read('manifest.webmanifest')) as { id: string; start_url: string; scope: string; icons: { src: string }[] };
    expect(manifest).toMatchObject({ id: BASE, start_url: BASE, scope: BASE });
    for (const icon of manifest.icons) {
      expect(icon.src.startsWith(BASE), icon.src).toBe(true);
      expect(fs.existsSync(path.join(OUT, icon.src.slice(BASE.length))), icon.src).toBe(true);
    }

    // The worker's list is relative to sw.js, so it resolves inside the folder (the shell included).
    const precached = precacheUrls(OUT);
    expect(precached).toContain('index.html');
    expect(precached.filter((url) => url.startsWith('/') || url.includes('://'))).toEqual([]);

    const lessonCode = fs.readdirSync(path.join(OUT, 'lessons')).map((file) => read(`lessons/${file}`)).join('\n');
    // The quotes may be escaped or not, depending on how the minifier writes the string.
    expect(lessonCode).toMatch(/href=\\?"\/mang-an-toan\/lesson\//);
    expect(lessonCode).not.toMatch(/href=\\?"\/lesson\//);
    expect(fs.readdirSync(path.join(OUT, 'assets')).some((file) => file.endsWith('.svg'))).toBe(true);
  });

  it('installs its service worker for the folder, then works with the server stopped and the network off', async () => {
    server = await startStaticServer(OUT, 0, { base: BASE });
    app = server.url;
    ({ context, page } = await openBrowser(newProfileDir(), errors, { serviceWorker: true }));
    await page.goto(`${app}/`);
    await page.getByRole('heading', { level: 1, name: 'Em học lớp mấy?' }).waitFor();
    await waitForActivatedServiceWorker(page);
    await page.locator('.toast').getByText('Ứng dụng đã sẵn sàng dùng cả khi không có mạng.').waitFor();
    expect(await page.evaluate(async () => (await navigator.serviceWorker.ready).scope)).toBe(`${new URL(app).origin}${BASE}`);
    expect(errors.take(), 'first visit').toEqual([]);

    await server.close();
    await context.setOffline(true);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Em học lớp mấy?' }).waitFor();
    await page.locator('.offline-indicator').getByText('Đang không có mạng').waitFor();
    const logo = page.locator('.app-header__brand img');
    expect(await logo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
  });

  it('opens a lesson offline by its deep link, with its picture from the folder', async () => {
    const lesson = lessons.find((l) => l.locale === 'vi' && pictureCount(l) > 0)!;
    await page.goto(`${app}/lesson/${lesson.id}`);
    await page.getByRole('heading', { level: 1, name: lesson.title, exact: true }).waitFor();
    const images = await page.locator('.lesson-body img').evaluateAll((imgs) =>
      (imgs as HTMLImageElement[]).map((img) => ({ src: img.getAttribute('src') ?? '', loaded: img.complete && img.naturalWidth > 0 })),
    );
    expect(images).toHaveLength(pictureCount(lesson));
    for (const image of images) expect(image).toMatchObject({ src: expect.stringMatching(new RegExp(`^${BASE}assets/.+\\.svg$`)), loaded: true });
  });

  it('follows a link between lessons inside the folder, and reloads there offline', async () => {
    const from = lessons.find((l) => l.locale === 'vi' && linksToLesson(l))!;
    await page.goto(`${app}/lesson/${from.id}`);
    await page.getByRole('heading', { level: 1, name: from.title, exact: true }).waitFor();
    const link = page.locator(`.lesson-body a[href^="${BASE}lesson/"]`).first();
    const href = (await link.getAttribute('href'))!;
    const target = lessons.find((l) => l.locale === 'vi' && href === `${BASE}lesson/${l.id}`)!;
    expect(target, href).toBeDefined();
    await link.click();
    await page.getByRole('heading', { level: 1, name: target.title, exact: true }).waitFor();
    expect(page.url()).toBe(`${app}/lesson/${target.id}`);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: target.title, exact: true }).waitFor();
  });

  it('shows its version and build date in Cài đặt', async () => {
    await page.goto(`${app}/settings`);
    await page.getByText(new RegExp(`^Mạng An Toàn phiên bản ${VERSION.replace(/\./g, '\\.')} \\(cập nhật ngày \\d{1,2} tháng \\d{1,2} năm \\d{4}\\)\\.$`)).waitFor();
  });
});
