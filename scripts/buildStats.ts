/**
 * Facts about a finished build in dist/ (or another output folder, for `npm run bench`): what
 * index.html loads before any lesson, what the service worker precaches, and their gzip sizes. Shared
 * by the build tests and the benchmark.
 */
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { PROJECT_ROOT } from './content/config.ts';

export const DIST = path.join(PROJECT_ROOT, 'dist');

export function requireBuild(): void {
  if (!fs.existsSync(path.join(DIST, 'sw.js'))) throw new Error('dist/ has no build: run `npm run build` first');
}

export function gzipSize(file: string): number {
  return gzipSync(fs.readFileSync(file), { level: 9 }).length;
}

/**
 * JS and CSS that index.html loads before anything else: entry script, modulepreloads, stylesheets — as
 * tags, or (a prerendered page, scripts/prerender/plugin.ts) listed in data-app for public/boot.js.
 */
export function initialAssets(dist = DIST): string[] {
  const html = fs.readFileSync(path.join(dist, 'index.html'), 'utf8');
  const tags = [...html.matchAll(/<(?:script|link)\b[^>]*?(?:src|href)="([^"]+\.(?:js|css))"/g)].map((m) => m[1]!);
  const app = /<html\b[^>]*\bdata-app="([^"]*)"/.exec(html)?.[1]?.split(' ').filter(Boolean) ?? [];
  const urls = [...tags, ...app];
  return [...new Set(urls)].map((url) => path.join(dist, url.replace(/^\//, '')));
}

/** URLs (relative to dist/) in the service worker's precache manifest. */
export function precacheUrls(dist = DIST): string[] {
  const sw = fs.readFileSync(path.join(dist, 'sw.js'), 'utf8');
  // The list the build injected into src/sw/sw.ts: {"revision":"<md5>"|null,"url":"<path>"}.
  return [...sw.matchAll(/\{"revision":(?:"[0-9a-f]+"|null),"url":"([^"]+)"\}/g)].map((m) => m[1]!);
}

export function distFiles(folder: string, dist = DIST): string[] {
  const dir = path.join(dist, folder);
  return fs.existsSync(dir) ? fs.readdirSync(dir).map((name) => `${folder}/${name}`) : [];
}

export function totalGzip(files: string[]): number {
  return files.reduce((sum, file) => sum + gzipSize(file), 0);
}

export function kib(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KiB`;
}
