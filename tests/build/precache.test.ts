/** Reads the service worker of the real build: everything a learner may open offline is precached. */
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { contentOptions } from '../../scripts/content/config';
import { loadContent } from '../../scripts/content/load';
import { DIST, distFiles, precacheUrls, requireBuild } from '../../scripts/buildStats';

describe('the service worker precache', () => {
  let urls: string[];
  beforeAll(() => {
    requireBuild();
    urls = precacheUrls();
  });

  it('holds one chunk per lesson and locale, and every one of them', () => {
    const lessonFiles = distFiles('lessons');
    const { lessons } = loadContent(contentOptions());
    expect(lessonFiles).toHaveLength(lessons.length);
    expect(lessonFiles.filter((file) => !urls.includes(file))).toEqual([]);
  });

  it('holds the app shell, the manifest and the icons', () => {
    expect(urls).toContain('index.html');
    expect(urls).toContain('manifest.webmanifest');
    for (const icon of ['icons/icon-192.png', 'icons/icon-512.png', 'icons/icon-maskable-512.png']) expect(urls).toContain(icon);
    expect(distFiles('assets').filter((file) => /\.(js|css)$/.test(file) && !urls.includes(file))).toEqual([]);
  });

  it('holds every picture the lessons show', () => {
    // A lesson imports the checked copy of its picture (scripts/content/pictures.ts), named
    // <name>-<hash of its bytes>.<ext>; the build gives it a file of its own under assets/ named after
    // that copy: the picture itself, or, when Vite inlines a small one as a data: URL, a chunk holding it.
    const { lessons } = loadContent(contentOptions());
    const copies = [...new Set(lessons.flatMap((l) => l.assets))].map((file) => path.basename(file, path.extname(file)));
    expect(copies.length).toBeGreaterThan(0);
    const assets = distFiles('assets');
    const landed = copies.map((copy) => ({ copy, files: assets.filter((file) => file.startsWith(`assets/${copy}-`) || file.startsWith(`assets/${copy}.`)) }));
    expect(landed.filter(({ files }) => files.length === 0).map(({ copy }) => copy)).toEqual([]);
    expect(landed.flatMap(({ files }) => files).filter((file) => !urls.includes(file))).toEqual([]);
    // Any picture file in assets/ (a lesson's or the app's own) is precached too.
    expect(assets.filter((file) => /\.(svg|png|jpe?g|webp|gif)$/.test(file) && !urls.includes(file))).toEqual([]);
  });

  it('serves index.html for client-side routes offline and asks nothing of another origin', () => {
    const sw = fs.readFileSync(path.join(DIST, 'sw.js'), 'utf8');
    // src/sw/sw.ts: the shell's URL relative to sw.js, so it holds under a sub-folder too.
    expect(sw).toMatch(/\.createHandlerBoundToURL\([`"]index\.html[`"]\)/);
    expect(precacheUrls()).toContain('index.html');
    // Workbox's console warning about unversioned files carries a link; it is text, never requested.
    const origins = [...sw.matchAll(/https?:\/\/[^"'`\s)]+/g)].map((m) => m[0]).filter((url) => url !== 'https://bit.ly/wb-precache');
    expect(origins).toEqual([]);
  });

  it('has a Vietnamese, installable manifest', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(DIST, 'manifest.webmanifest'), 'utf8'));
    expect(manifest).toMatchObject({ lang: 'vi', short_name: 'Mạng An Toàn', display: 'standalone', start_url: '/' });
    expect(manifest.icons.map((icon: { sizes: string }) => icon.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
  });
});
