/**
 * Service worker and web app manifest. Everything the app can show is precached on the first visit:
 * the shell, every lesson chunk, both locales (bundled in the JS), pictures and icons. Nothing is
 * fetched from another origin, ever: there is no runtime caching rule for one.
 */
import type { VitePWAOptions } from 'vite-plugin-pwa';

export const pwaOptions: Partial<VitePWAOptions> = {
  // The app decides when to reload (never in the middle of a quiz): see src/pwa/UpdatePrompt.tsx.
  registerType: 'prompt',
  // useRegisterSW (src/pwa/useServiceWorker.ts) registers the worker itself.
  injectRegister: false,
  includeAssets: ['favicon.svg', 'icons/*.png'],
  manifest: {
    id: '/',
    name: 'Mạng An Toàn – Học dùng Internet an toàn',
    short_name: 'Mạng An Toàn',
    description: 'Bài học dùng Internet an toàn cho học sinh Việt Nam, dùng được cả khi không có mạng.',
    lang: 'vi',
    dir: 'ltr',
    start_url: '/',
    scope: '/',
    display: 'standalone',
    background_color: '#ffffff',
    theme_color: '#1b5e8c',
    icons: [
      { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
      { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png' },
      { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  },
  workbox: {
    // assets/ holds the shell, lessons/ one chunk per lesson; pictures keep their own extensions.
    globPatterns: ['index.html', '**/*.{js,css,svg,png,jpg,jpeg,webp,gif,webmanifest,woff2}'],
    // Deep links such as /lesson/<id> are client-side routes: serve the shell for them offline.
    navigateFallback: '/index.html',
    navigateFallbackDenylist: [/^\/sw\.js$/, /^\/workbox-/],
    cleanupOutdatedCaches: true,
    // A large lesson picture must still be precached rather than silently skipped.
    maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
  },
};
