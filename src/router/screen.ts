/**
 * What a feature declares about each of its screens, in its own folder (src/features/<x>/screens.ts):
 * the route row, the page (its code loaded on demand), the part of the catalog it reads before it
 * renders, and whether and where it is prerendered. The shell collects the declarations in one list
 * (src/app/screens.ts) and derives the rest: the route table and its type (routes.ts), what a page
 * waits for (src/app/pageData.ts), the page for a URL (src/app/App.tsx), the prerendered pages
 * (src/entry-server.tsx) and the chunks their HTML links (scripts/prerender/plugin.ts).
 *
 * Strings and styles stay with the page's code rather than here: a feature's namespace is registered
 * beside its screens (`strings`, loaded when a screen first asks for it), and its CSS is imported by the
 * page module, so it arrives with the page's chunk (and a prerendered page links it in its HTML).
 */
import type { ReactNode } from 'react';
import type { CatalogEntry } from '../content/types';
import type { BandId, Locale } from '../content/vocabulary';
import type { LazyPage } from './lazyPage';
import type { RouteOf, RouteRow } from './routes';

/**
 * The part of the catalog (src/content/catalog.ts) a page reads before it renders: nothing, the band
 * of its route (`band`), the lesson of its route and its body (`lessonId`), or every lesson.
 */
export type CatalogNeed = 'none' | 'band' | 'lesson' | 'all';
type NeedOf<T> = 'none' | 'all' | (T extends { band: BandId } ? 'band' : never) | (T extends { lessonId: string } ? 'lesson' : never);

/** What the prerenderer knows when it lists a screen's pages: the site as a Vietnamese reader gets it. */
export interface PrerenderSite {
  /** The bands that have lessons. */
  bands: readonly BandId[];
  /** Every lesson, in the language a Vietnamese reader is shown (another when it is not translated). */
  lessons: readonly CatalogEntry[];
}

/**
 * What the shell fills in for a screen that shows another feature's part (features never import each
 * other): the teacher toolbar of a lesson page.
 */
export interface ShellSlots {
  lessonTools: (lesson: { id: string; title: string }) => ReactNode;
}

/** A screen as the shell reads it. */
export interface Screen<R extends RouteRow = RouteRow> {
  route: R;
  page: LazyPage<never>;
  /** The page's props from its route (the shell keys the page by its route, so a new lesson is a new page). */
  props(route: RouteOf<R>, slots: ShellSlots): object;
  catalog: CatalogNeed;
  prerender?: {
    /** The page's module, whose chunk (and CSS) the prerendered HTML links; a test checks it is the one `page` loads. */
    source: string;
    /** Every page of this screen to prerender; a screen without parameters has one. */
    params(site: PrerenderSite): readonly object[];
  };
}

type Parts<R extends RouteRow, P extends object> = {
  page: LazyPage<P>;
  catalog: NeedOf<RouteOf<R>>;
  prerender?: {
    source: `src/features/${string}.tsx`;
    params?: (site: PrerenderSite) => readonly Omit<RouteOf<R>, 'name'>[];
  };
} & (object extends P ? { props?: (route: RouteOf<R>, slots: ShellSlots) => P } : { props: (route: RouteOf<R>, slots: ShellSlots) => P });

/** Declares one screen; the route's type is read from the row (see RouteOf). */
export function screen<const R extends RouteRow, P extends object>(route: R, parts: Parts<R, P>): Screen<R> {
  return {
    route,
    page: parts.page as LazyPage<never>,
    props: (parts.props ?? (() => ({}))) as Screen<R>['props'],
    catalog: parts.catalog,
    prerender: parts.prerender && { source: parts.prerender.source, params: parts.prerender.params ?? (() => [{}]) },
  };
}

/** A feature's strings: a namespace of i18next, loaded the first time one of its screens asks for it. */
export interface FeatureStrings {
  namespace: string;
  load: (language: Locale) => Promise<object>;
}

/** What one feature folder brings to the shell. */
export interface Feature {
  screens: readonly Screen<RouteRow>[];
  strings?: FeatureStrings;
}
