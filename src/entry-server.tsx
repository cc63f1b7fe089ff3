/**
 * Prerendering: the app rendered to HTML at build time, in Vietnamese, for every page a child or
 * teacher lands on by link or bookmark (scripts/prerender/ builds this file for Node and writes the
 * pages). The browser shows that HTML before any script runs, then src/main.tsx hydrates it.
 */
import { renderToString } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { App } from './app/App';
import { loadPageData } from './app/pageData';
import { serverTitle } from './ui/usePageTitle';
import { findLesson, lessonCount, loadCatalog } from './content/catalog';
import { BAND_IDS, DEFAULT_LOCALE, type BandId } from './content/vocabulary';
import { setupI18n } from './i18n';
import { setServerUrl } from './router/navigation';
import { buildPath, parseRoute } from './router/routes';
import type { PrerenderSite } from './router/screen';
import { SCREENS } from './app/screens';

/** A page to prerender, and what it reads, so its HTML can ask for those chunks early. */
export interface PrerenderPage {
  /** The URL, under the app's base path. */
  url: string;
  /** The module of the page's own chunk, as its screen declares it (src/features/<x>/screens.ts). */
  source: string;
  /** The band whose part of the catalog it reads. */
  band?: BandId;
  /** The lesson body it shows (`<id>.<locale>`). */
  lessonKey?: string;
}

/**
 * Every page of every screen declared prerendered (today home, each band with lessons, each lesson and
 * the start of its quiz when it has one, help), in the language a Vietnamese reader gets.
 */
export async function pagesToPrerender(): Promise<PrerenderPage[]> {
  const ids = new Set((await loadCatalog()).map((entry) => entry.id));
  // The version a Vietnamese reader gets (another language when it is not translated yet).
  const lessons = [...ids].flatMap((id) => findLesson(id, DEFAULT_LOCALE) ?? []);
  const site: PrerenderSite = { bands: BAND_IDS.filter((band) => lessonCount(band) > 0), lessons };
  return SCREENS.flatMap((screen) => {
    const { prerender } = screen;
    if (!prerender) return [];
    return prerender.params(site).map((params): PrerenderPage => {
      const route = { name: screen.route.name, ...params } as Parameters<typeof buildPath>[0];
      const values = params as { band?: BandId; lessonId?: string };
      const page: PrerenderPage = { url: buildPath(route), source: prerender.source };
      if (screen.catalog === 'band') page.band = values.band;
      if (screen.catalog === 'lesson' && values.lessonId !== undefined) {
        const shown = findLesson(values.lessonId, DEFAULT_LOCALE);
        if (shown) Object.assign(page, { band: shown.band, lessonKey: `${shown.id}.${shown.locale}` });
      }
      return page;
    });
  });
}

let i18n: Awaited<ReturnType<typeof setupI18n>> | undefined;

/**
 * The HTML inside #root for `url`, the page's title, and what React hoists to the document's head
 * (preloads of pictures): it writes those first, where hydration would take them for the page.
 */
export async function renderPage(url: string): Promise<{ html: string; head: string; title: string }> {
  setServerUrl(url);
  i18n ??= await setupI18n(DEFAULT_LOCALE);
  await loadPageData(parseRoute(url), DEFAULT_LOCALE);
  serverTitle.current = '';
  // Synchronous on purpose: with the page's data loaded nothing suspends, so the HTML is whole, with no
  // streaming scripts (the Content-Security-Policy allows none). A boundary that did suspend would be
  // left for the browser to render ("<!--$!-->"): that is refused below.
  const html = renderToString(
    <I18nextProvider i18n={i18n}>
      <App />
    </I18nextProvider>,
  );
  if (html.includes('<!--$!') || html.includes('<script')) throw new Error(`prerendering ${url}: part of the page waited for data that was not loaded first (see src/app/pageData.ts)`);
  const head = /^(?:<link [^>]*>)*/.exec(html)?.[0] ?? '';
  return { html: html.slice(head.length), head, title: serverTitle.current };
}
