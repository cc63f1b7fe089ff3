/**
 * Starts the app in the browser. A page prerendered at build time (scripts/prerender/) is already on
 * screen; it is hydrated when this HTML was made for this URL and in the reader's language (Vietnamese),
 * with its code, catalog part and lesson body loaded first so the first render matches it exactly.
 * Otherwise — another language, or index.html served for another URL (the service worker's offline
 * shell, a server's fallback) — index.html's inline script has hidden the page before it was painted, and the app
 * renders from scratch and shows it.
 */
import type { i18n as I18n } from 'i18next';
import { useLayoutEffect, type ReactNode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { App } from './app/App';
import { runEffectsBeforeNextFrame, runPendingEffects } from './app/effectTiming';
import { replayEarlyKeys } from './app/earlyKeys';
import { loadPageData } from './app/pageData';
import { startStorage } from './app/startStorage';
import { DEFAULT_LOCALE } from './content/vocabulary';
import { setupI18n, storedLanguage } from './i18n';
import { parseRoute } from './router/routes';
import { hydrating, nextTask } from './ui/HydrateLater';
import './styles/app.css';

runEffectsBeforeNextFrame();

const root = document.getElementById('root') as HTMLElement;
const language = storedLanguage();
const route = parseRoute(window.location.pathname, window.location.search);

/** Prerendered pages say which URL they show; the same URL without a query string is hydrated as is. */
function canHydrate(): boolean {
  const page = document.documentElement.dataset.page;
  return page !== undefined && page === window.location.pathname && !window.location.search && language === DEFAULT_LOCALE;
}

/** Undoes the hiding by index.html's inline script, once the app's own render is on screen. */
function reveal(): void {
  document.documentElement.style.removeProperty('visibility');
}

function Revealed({ children }: { children: ReactNode }) {
  useLayoutEffect(reveal, []);
  return children;
}

function ui(i18n: I18n) {
  return (
    <I18nextProvider i18n={i18n}>
      <Revealed>
        <App />
      </Revealed>
    </I18nextProvider>
  );
}

/** The page is whole and its effects have run (its key listeners are on): keys pressed before it now count. */
function listening(): void {
  runPendingEffects();
  replayEarlyKeys();
}

async function start(): Promise<void> {
  const hydrate = canHydrate();
  // The strings and the page's data are set up in a task after the one that evaluated the scripts.
  if (hydrate) await nextTask();
  const [i18n] = await Promise.all([setupI18n(hydrate ? DEFAULT_LOCALE : language), loadPageData(route, language).catch(() => undefined)]);
  if (hydrate) {
    // Its own task, after the one that evaluated the scripts and set up the strings; long parts of the
    // page (a lesson's parts) are hydrated in tasks of their own after it (src/ui/HydrateLater.tsx).
    await nextTask();
    hydrating(() => {
      hydrateRoot(root, ui(i18n));
    }, listening);
  } else {
    root.replaceChildren();
    createRoot(root).render(ui(i18n));
    listening();
  }
}

/**
 * Opening the database and registering the service worker wait until the page is on screen and the
 * browser is idle, so they do not lengthen the first render on a slow computer (pages that read stored
 * progress ask for the database themselves, src/db/hooks.ts).
 */
function whenIdle(task: () => void): void {
  // requestIdleCallback: Chrome 47, Firefox 55; not in Safari before 18.
  const later = () => (typeof window.requestIdleCallback === 'function' ? window.requestIdleCallback(() => task(), { timeout: 2000 }) : setTimeout(task, 200));
  if (document.readyState === 'complete') later();
  else window.addEventListener('load', later, { once: true });
}

void start();
whenIdle(() => {
  void startStorage();
  void import('./pwa/serviceWorker').then((module) => module.startServiceWorker());
});
