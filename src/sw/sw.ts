/**
 * The service worker (built by vite-plugin-pwa's injectManifest into `sw.js`; its own tsconfig,
 * tsconfig.sw.json: a worker has no DOM). It does what the generated Workbox worker did —
 * precache everything the build lists, answer from that cache (each prerendered page for its own URL,
 * the shell for the app's other screens),
 * drop old caches, wait for the app's "update" button (SKIP_WAITING) — except for one thing: the first
 * visit caches several files at a time instead of one after another.
 *
 * Why: Workbox's install caches its list one file at a time (workbox issue #2528, against memory spikes
 * in browsers of 2020). With a thousand lessons that is over a thousand round trips in a row, and a
 * school PC on a slow link is not offline-ready for a long time after the first visit (measured by
 * `npm run bench`: the service worker's activation). A handful at a time keeps memory small and the
 * link busy.
 */
import { cleanupOutdatedCaches, PrecacheController, PrecacheRoute } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: (string | { url: string; revision: string | null })[] };

/** Files fetched at once on install: enough to fill a slow link, few enough to keep memory low. */
const INSTALL_CONCURRENCY = 6;

const precache = new PrecacheController();
precache.addToCacheList(self.__WB_MANIFEST);

self.addEventListener('install', (event) => {
  event.waitUntil(installAll(event));
});

self.addEventListener('activate', (event) => {
  // Removes what an older version cached and this one no longer lists.
  event.waitUntil(precache.activate(event));
});

// The app asks for the waiting version only when the user presses "update" (src/pwa/UpdatePrompt.tsx).
self.addEventListener('message', (event: ExtendableMessageEvent) => {
  if ((event.data as { type?: unknown } | null)?.type === 'SKIP_WAITING') void self.skipWaiting();
});

// A page the build prerendered is precached as <path>.html (scripts/prerender/plugin.ts): the route
// answers <base>lesson/<id> with lesson/<id>.html (`cleanURLs`), <base> with index.html, so a lesson
// opened by bookmark or reload shows its own text before any script runs, online or not — the
// page of the version installed, which the chunks it lists belong to. No navigation preload: every page
// a navigation can get is in the cache (Workbox's advice for precached HTML), and a new deploy reaches
// it the way every file does, through the next worker (src/pwa/UpdatePrompt.tsx).
registerRoute(new PrecacheRoute(precache, { cleanURLs: true }));
cleanupOutdatedCaches();

// The app's other screens (<base>settings, <base>progress, …) have no page of their own: they get the
// shell (the home page), which index.html's inline pre-paint script hides until the app has rendered
// the right screen, as a server's fallback does online. Never for the worker's own script: a navigation
// to it must reach the server.
const scope = new URL(self.registration.scope).pathname;
registerRoute(new NavigationRoute(precache.createHandlerBoundToURL('index.html'), { denylist: [new RegExp(`^${escapeRegExp(scope)}sw\\.js$`)] }));

/**
 * Workbox's install, with INSTALL_CONCURRENCY files in flight: each file goes through the precache
 * strategy exactly as Workbox's own loop sends it (the same cache key, integrity and cache mode — a
 * file with a revision bypasses the HTTP cache), so a file already cached is kept, and any failure
 * fails the install, as before.
 */
async function installAll(event: ExtendableEvent): Promise<void> {
  const entries = [...precache.getURLsToCacheKeys()];
  let next = 0;
  const worker = async () => {
    while (next < entries.length) {
      const [url, cacheKey] = entries[next++]!;
      const request = new Request(url, {
        integrity: precache.getIntegrityForCacheKey(cacheKey),
        cache: cacheKey === url ? 'default' : 'reload',
        credentials: 'same-origin',
      });
      await Promise.all(precache.strategy.handleAll({ params: { cacheKey }, request, event }));
    }
  };
  await Promise.all(Array.from({ length: Math.min(INSTALL_CONCURRENCY, entries.length) }, worker));
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
