/**
 * What a page needs before it renders, as its screen declares it (src/features/<x>/screens.ts): its
 * code, its feature's strings, its part of the catalog (src/content/catalog.ts) and, for a lesson's pages, the lesson's body.
 * The app shell waits for it (App: suspendUntilPageReady), the client before hydrating (src/main.tsx)
 * and the prerenderer before rendering (src/entry-server.tsx), so all three render the same thing in
 * one pass.
 */
import {
  findLesson,
  isBandLoaded,
  isCatalogLoaded,
  isLessonEntryLoaded,
  loadBand,
  loadCatalog,
  loadedLessonBody,
  loadLessonBody,
  loadLessonEntry,
} from '../content/catalog';
import type { Locale } from '../content/vocabulary';
import type { Route } from '../router/routes';
import { getI18n } from 'react-i18next';
import { namespaceOf, screenOf } from './screens';

/** Which part of the catalog a page reads: its screen says (src/features/<x>/screens.ts). */
type CatalogNeed = { kind: 'none' } | { kind: 'band'; band: Extract<Route, { name: 'band' }>['band'] } | { kind: 'lesson'; lessonId: string } | { kind: 'all' };

function catalogNeed(route: Route): CatalogNeed {
  const values = route as Route & { band?: Extract<Route, { name: 'band' }>['band']; lessonId?: string };
  const need = screenOf(route.name)?.catalog ?? 'none'; // 'not-found' reads nothing
  if (need === 'band' && values.band) return { kind: 'band', band: values.band };
  if (need === 'lesson' && values.lessonId !== undefined) return { kind: 'lesson', lessonId: values.lessonId };
  if (need === 'all') return { kind: 'all' };
  return { kind: 'none' };
}

/** The page's code, loaded on demand (a page whose chunk is there renders at once). */
const pageCode = (route: Route) => screenOf(route.name)?.page;

async function loadCatalogFor(route: Route, locale: Locale): Promise<void> {
  const need = catalogNeed(route);
  if (need.kind === 'band') await loadBand(need.band);
  else if (need.kind === 'all') await loadCatalog();
  else if (need.kind === 'lesson') {
    await loadLessonEntry(need.lessonId);
    const entry = findLesson(need.lessonId, locale);
    // Best effort: a body that fails to load is the page's to report (useLesson shows "try again").
    if (entry) await loadLessonBody(entry).catch(() => undefined);
  }
}

/** The strings of the page's feature (src/features/<x>/strings.ts), when i18next is running. */
function pageStrings(route: Route): { loaded: boolean; load: () => Promise<unknown> } {
  const namespace = namespaceOf(route.name);
  const i18n = getI18n() as ReturnType<typeof getI18n> | undefined;
  if (!namespace || !i18n?.isInitialized) return { loaded: true, load: () => Promise.resolve() };
  return { loaded: i18n.hasLoadedNamespace(namespace), load: () => i18n.loadNamespaces(namespace) };
}

/** Whether the page of `route` can render now without waiting for anything. */
function isPageDataLoaded(route: Route, locale: Locale): boolean {
  if (pageCode(route)?.isLoaded() === false) return false;
  if (!pageStrings(route).loaded) return false;
  const need = catalogNeed(route);
  if (need.kind === 'band') return isBandLoaded(need.band);
  if (need.kind === 'all') return isCatalogLoaded();
  if (need.kind === 'lesson') {
    if (!isLessonEntryLoaded(need.lessonId)) return false;
    const entry = findLesson(need.lessonId, locale);
    return !entry || loadedLessonBody(entry) !== undefined;
  }
  return true;
}

/** Loads everything the page of `route` needs in `locale`. */
export async function loadPageData(route: Route, locale: Locale): Promise<void> {
  await Promise.all([pageCode(route)?.preload(), loadCatalogFor(route, locale), pageStrings(route).load()]);
}

/** A promise React's `use` can read synchronously once settled (the fields React itself would add). */
type Tracked = Promise<void> & { status?: 'pending' | 'fulfilled' | 'rejected'; value?: void; reason?: unknown };

const ready = new Map<string, Tracked>();

/**
 * Not the language: after a switch the page stays on screen while the lesson in the new language loads
 * (useLesson says "loading" in its place), rather than the whole page making way for a fallback.
 */
function dataKey(route: Route): string {
  const need = catalogNeed(route);
  const which = need.kind === 'band' ? need.band : need.kind === 'lesson' ? need.lessonId : '';
  return `${route.name}|${need.kind}|${which}`;
}

/**
 * The same promise for the same page, marked settled as soon as it is, so a page whose data is loaded
 * renders without suspending. A failure is kept until forgetFailedPageLoads() (the page's "try again").
 */
function pageReady(route: Route, locale: Locale): Tracked {
  const key = dataKey(route);
  const known = ready.get(key);
  if (known) return known;
  const loaded = isPageDataLoaded(route, locale);
  const promise: Tracked = loaded ? Promise.resolve() : loadPageData(route, locale);
  if (loaded) promise.status = 'fulfilled';
  promise.then(
    () => {
      promise.status = 'fulfilled';
    },
    (error: unknown) => {
      promise.status = 'rejected';
      promise.reason = error;
    },
  );
  ready.set(key, promise);
  return promise;
}

/** After a failed load, the next render of the page loads again. */
export function forgetFailedPageLoads(): void {
  for (const [key, promise] of ready) if (promise.status === 'rejected') ready.delete(key);
}

/**
 * Call while rendering a page, under <Suspense>: returns once the page's data is loaded, suspends until
 * then, and throws the error of a failed load (for an error boundary). It throws the promise rather
 * than calling React's `use`, which React supports as well: in a test's act() scope a `use` that
 * suspends is never retried, so every test of a page would hang; a thrown promise is.
 */
export function suspendUntilPageReady(route: Route, locale: Locale): void {
  const promise = pageReady(route, locale);
  if (promise.status === 'fulfilled') return;
  if (promise.status === 'rejected') throw promise.reason;
  throw promise;
}
