/**
 * `npm run package`: the zip a school receives, release/mang-an-toan-<version>.zip (after a fresh build).
 *
 *   mang-an-toan-<version>/
 *     HUONG-DAN.txt             the guide for three set-ups (deploy/HUONG-DAN.md, made readable in
 *                               Windows 7 Notepad: UTF-8 with a byte-order mark, CRLF line ends)
 *     app/…                     the built app (dist/), the web server's root folder
 *     nginx/mang-an-toan.conf   deploy/nginx.conf
 *     serve.mjs, package.json   `npm start` on one computer with only Node.js (deploy/serve.mjs)
 *     Mo-ung-dung.cmd           the same by double-click on Windows
 *
 * The zip is written with fflate (pure JS, pinned), entries sorted and dated by the build, so one build
 * always gives the same bytes. The package serves the app at the site's root: a sub-folder build
 * (BASE_PATH) is refused, since its nginx and serve.mjs set-up differ (deploy/README.md).
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { zipSync, type Zippable } from 'fflate';
import { PROJECT_ROOT } from './content/config.ts';

export const RELEASE_DIR = path.join(PROJECT_ROOT, 'release');
const DEPLOY = path.join(PROJECT_ROOT, 'deploy');

/** Windows: find Node.js and start the app, or open the guide when Node.js is missing (no text: cmd.exe garbles Vietnamese). */
const WINDOWS_LAUNCHER = ['@echo off', 'cd /d "%~dp0"', 'where node >nul 2>nul || (start "" notepad "%~dp0HUONG-DAN.txt" & exit /b 1)', 'node serve.mjs --open', 'pause', ''].join('\r\n');

export function packageVersion(): string {
  return (JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8')) as { version: string }).version;
}

export function packageName(version = packageVersion()): string {
  return `mang-an-toan-${version}`;
}

/** Windows 7 Notepad shows a file without CRLF as one line, and guesses the encoding without a BOM. */
export function forNotepad(text: string): Uint8Array {
  return new TextEncoder().encode(`\uFEFF${text.replace(/\r?\n/g, '\r\n')}`);
}

function filesUnder(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => fs.statSync(path.join(dir, file)).isFile())
    .map((file) => file.split(path.sep).join('/'))
    .sort();
}

/** A build for the site's root, with a service worker: what the package's nginx and serve.mjs expect. */
function checkBuild(dist: string): void {
  const manifestFile = path.join(dist, 'manifest.webmanifest');
  if (!fs.existsSync(path.join(dist, 'sw.js')) || !fs.existsSync(manifestFile)) {
    throw new Error(`${dist} holds no build of the app (no sw.js or manifest): run \`npm run build\` first`);
  }
  const { scope } = JSON.parse(fs.readFileSync(manifestFile, 'utf8')) as { scope?: string };
  if (scope !== '/') {
    throw new Error(`${dist} was built for the folder "${scope}" (BASE_PATH): the package serves the app at the site's root. Build without BASE_PATH, or deploy a sub-folder build by hand (deploy/README.md).`);
  }
}

/** Every file of the package, by its path in the zip, in a fixed order. */
export function packageFiles(dist: string, version = packageVersion()): Map<string, Uint8Array> {
  checkBuild(dist);
  const top = packageName(version);
  const read = (file: string) => new Uint8Array(fs.readFileSync(file));
  const files = new Map<string, Uint8Array>([
    [`${top}/HUONG-DAN.txt`, forNotepad(fs.readFileSync(path.join(DEPLOY, 'HUONG-DAN.md'), 'utf8'))],
    [`${top}/Mo-ung-dung.cmd`, new TextEncoder().encode(WINDOWS_LAUNCHER)],
    [`${top}/nginx/mang-an-toan.conf`, read(path.join(DEPLOY, 'nginx.conf'))],
    [`${top}/package.json`, new TextEncoder().encode(`${JSON.stringify({ name: 'mang-an-toan-app', version, private: true, scripts: { start: 'node serve.mjs' } }, null, 2)}\n`)],
    [`${top}/serve.mjs`, read(path.join(DEPLOY, 'serve.mjs'))],
  ]);
  for (const file of filesUnder(dist)) files.set(`${top}/app/${file}`, read(path.join(dist, file)));
  return new Map([...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** Writes the zip and returns its path. Every entry is dated SOURCE_DATE_EPOCH, else when the build was made. */
export function writePackage({ dist = path.join(PROJECT_ROOT, 'dist'), outDir = RELEASE_DIR, version = packageVersion() } = {}): string {
  const date = process.env.SOURCE_DATE_EPOCH ? new Date(Number(process.env.SOURCE_DATE_EPOCH) * 1000) : fs.statSync(path.join(dist, 'index.html')).mtime;
  const entries: Zippable = {};
  for (const [name, data] of packageFiles(dist, version)) {
    // Pictures and fonts are compressed already; text shrinks a lot.
    entries[name] = [data, { mtime: date, level: /\.(png|jpe?g|webp|gif|woff2)$/.test(name) ? 0 : 9 }];
  }
  fs.mkdirSync(outDir, { recursive: true });
  const file = path.join(outDir, `${packageName(version)}.zip`);
  fs.writeFileSync(file, zipSync(entries));
  return file;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    const file = writePackage({ dist: path.resolve(PROJECT_ROOT, process.env.BUILD_OUT || 'dist') });
    console.log(`${path.relative(process.cwd(), file)} (${(fs.statSync(file).size / 1024 / 1024).toFixed(1)} MB)`);
  } catch (error) {
    console.error(`✗ ${(error as Error).message}`);
    process.exit(1);
  }
}
