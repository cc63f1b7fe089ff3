/// <reference types="vitest/config" />
import fs from 'node:fs';
import path from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { basePathFromEnv } from './scripts/basePath.ts';
import { buildDate } from './scripts/buildDate.ts';
import { cspMetaPlugin } from './scripts/contentSecurityPolicy.ts';
import { contentOptions, PICTURE_COPIES, PROJECT_ROOT } from './scripts/content/config.ts';
import { schoolFileOf } from './scripts/content/school.ts';
import { lessonsPlugin } from './scripts/content/vitePlugin.ts';
import { prerenderPlugin } from './scripts/prerender/plugin.ts';
import { BUNDLED_FOR_SSR, PREACT_ALIASES } from './scripts/preact.ts';
import { pwaOptionsFor } from './scripts/pwaOptions.ts';
import { securityHeadersPlugin } from './scripts/securityHeaders.ts';

/**
 * Browsers on old school computers: Chrome 109 is the last Chrome on Windows 7/8.1 and Firefox 115 ESR
 * the last Firefox there. Vite's default (Chrome 111) would leave them out. The target lowers syntax
 * only, so the code also keeps to APIs these browsers have (tests/build/legacy-browsers.test.ts).
 */
export const BROWSER_TARGETS = ['chrome109', 'edge109', 'firefox115', 'safari15'];

/** BASE_PATH=/folder/ hosts the app in a sub-folder; BUILD_OUT=<dir> builds somewhere other than dist/. */
const base = basePathFromEnv();
const outDir = buildOutDir(process.env.BUILD_OUT);

/** Vite empties the output folder: refuse one that holds the project's own files. */
function buildOutDir(value: string | undefined): string {
  const out = path.resolve(PROJECT_ROOT, value || 'dist');
  const top = path.relative(PROJECT_ROOT, out).split(path.sep)[0] ?? '';
  if (out === PROJECT_ROOT || PROJECT_ROOT.startsWith(out + path.sep) || ['src', 'public', 'content', 'scripts', 'tests', 'deploy', 'docs', 'node_modules'].includes(top)) {
    throw new Error(`BUILD_OUT="${value}" would be emptied by the build and holds the project's own files: use e.g. .cache/dist-subpath`);
  }
  return out;
}

/** Shown in Cài đặt so a teacher can tell which version a computer has (src/pwa/buildInfo.ts). */
const version = (JSON.parse(fs.readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string }).version;
const content = contentOptions();
const school = schoolFileOf(content.root, process.env, PROJECT_ROOT);
const date = buildDate({ projectRoot: PROJECT_ROOT, contentRoot: content.root, schoolFile: school.file });

export default defineConfig({
  base,
  define: {
    __APP_VERSION__: JSON.stringify(version),
    __BUILD_DATE__: JSON.stringify(date),
  },
  // prerenderPlugin writes the pages before VitePWA's service worker lists index.html (see its closeBundle).
  plugins: [lessonsPlugin(content), react(), VitePWA(pwaOptionsFor(base)), cspMetaPlugin(), prerenderPlugin(), securityHeadersPlugin()],
  resolve: { alias: PREACT_ALIASES },
  ssr: { noExternal: BUNDLED_FOR_SSR },
  build: {
    outDir,
    target: BROWSER_TARGETS,
    // A lesson's pictures ship as files of their own, never inlined as data: URLs: the preschool
    // sessions' picture answers (a dozen small SVGs a lesson, shared by its vi and en chunks) were
    // otherwise merged by the bundler into one chunk named after one of them, so neither the precache
    // test nor a reader of dist/ could tell which picture had landed where. Other assets keep the default.
    assetsInlineLimit: (file) => (path.resolve(file).startsWith(PICTURE_COPIES) ? false : undefined),
    rollupOptions: {
      output: {
        // Lesson bodies get their own folder so the precache test and the benchmark can find them.
        chunkFileNames: (chunk) =>
          chunk.moduleIds.some((id) => id.startsWith('\0virtual:lesson/')) ? 'lessons/[name]-[hash].js' : 'assets/[name]-[hash].js',
      },
    },
  },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
});
