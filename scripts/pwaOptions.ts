/**
 * Service worker and web app manifest. Everything the app can show is precached on the first visit:
 * the shell, every prerendered page, every lesson chunk, both locales (bundled in the JS), pictures and
 * icons. Nothing is fetched from another origin, ever: there is no runtime caching rule for one.
 *
 * Every URL here is under the base path the app is served at ("/" or e.g. "/mang-an-toan/",
 * scripts/basePath.ts), so a school can host it in a sub-folder and still get offline use.
 */
import type { VitePWAOptions } from 'vite-plugin-pwa';

/** `base` is a normalised base path: "/" or "/folder/" (no regex metacharacters: see basePath.ts). */
export function pwaOptionsFor(base: string): Partial<VitePWAOptions> {
  return {
    // The app decides when to reload (never in the middle of a quiz): see src/pwa/UpdatePrompt.tsx.
    registerType: 'prompt',
    // src/pwa/serviceWorker.ts registers the worker itself (virtual:pwa-register, with this base).
    injectRegister: false,
    includeAssets: ['favicon.svg', 'icons/*.png'],
    manifest: {
      id: base,
      name: 'Mạng An Toàn – Học dùng Internet an toàn',
      short_name: 'Mạng An Toàn',
      description: 'Bài học dùng Internet an toàn cho học sinh Việt Nam, dùng được cả khi không có mạng.',
      lang: 'vi',
      dir: 'ltr',
      start_url: base,
      scope: base,
      display: 'standalone',
      background_color: '#ffffff',
      theme_color: '#1b5e8c',
      icons: [
        { src: `${base}icons/icon-192.png`, sizes: '192x192', type: 'image/png' },
        { src: `${base}icons/icon-512.png`, sizes: '512x512', type: 'image/png' },
        { src: `${base}icons/icon-maskable-512.png`, sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      ],
    },
    // Our own worker (src/sw/sw.ts): Workbox's precaching and routing, with the first visit
    // caching several files at a time. The build injects the list of files into it.
    strategies: 'injectManifest',
    srcDir: 'src/sw',
    filename: 'sw.ts',
    injectManifest: {
      // Built into one classic script, dist/sw.js (the name src/pwa/serviceWorker.ts registers).
      rollupFormat: 'iife',
      // Every HTML file is a prerendered page (scripts/prerender/plugin.ts: index.html is the home page,
      // lesson/<id>.html, lesson/<id>/quiz.html, band/<id>.html, help.html): offline the worker serves
      // each URL its own page, so a lesson's text shows before any script runs, as it does online
      // (src/sw/sw.ts). Their cost, at 90 lessons and at 1,000: `npm run bench`, "prerendered pages".
      // assets/ holds the shell, lessons/ one chunk per lesson; pictures keep their own extensions.
      globPatterns: ['**/*.html', '**/*.{js,css,svg,png,jpg,jpeg,webp,gif,webmanifest,woff2}'],
      // A large lesson picture must still be precached rather than silently skipped.
      maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
    },
  };
}

/** The options of a build served at the site's root (the dev server and tests use these). */
export const pwaOptions = pwaOptionsFor('/');
