/**
 * The app's URLs. Each screen's route is one row — name, path, checks, query, teacherOnly — declared by
 * its feature beside the page (src/features/<x>/screens.ts, see screen.ts); the shell collects every
 * feature's screens in one list (src/app/screens.ts), hands their rows to this module at start-up
 * (registerRoutes) and registers the list's type in RouteRegistry, from which `Route` is derived: a row
 * `{ name: 'band', path: '/band/:band', checks: { band: isBandId } }` is the route `{ name: 'band';
 * band: BandId }`, with nothing kept in step by hand. Parsing a URL and building one come from the same
 * row, so the two can't drift apart. Plain paths (not #hash) so a lesson link can be shared and
 * reloaded; the service worker serves index.html for any of them offline.
 *
 * Why a table handed over at start-up rather than imported: this layer is shared, and shared layers never
 * import features (`npm run lint`); the shell is the one place that knows them. Why a type registration:
 * features build links to each other's screens (paths below) and must see the derived type without
 * importing the shell either.
 *
 * Hand-written rather than a router library: the matcher is ~60 lines, it validates segments against the
 * curriculum's vocabularies (an unknown band is "not found", not a broken page), it knows the query
 * parameters each route uses, and it adds nothing to the first load.
 */
import type { BandId, TopicId } from '../content/vocabulary';
import { appBase } from './base';

/** What a segment or query value must be; a URL whose values fail their check is not found. */
export type Check = (value: string) => boolean;

export interface RouteRow {
  readonly name: string;
  /** Segments; `:name` is a parameter, `:name?` an optional one (last only). */
  readonly path: string;
  /** A type guard (`value is BandId`) also gives the parameter its type in `Route`. */
  readonly checks?: Readonly<Record<string, Check>>;
  /** Query parameters this route reads; others are dropped when building. Always optional. */
  readonly query?: readonly string[];
  /** Shows answer keys or learners' results: opens only in teacher mode (src/stores/uiStore.ts). */
  readonly teacherOnly?: true;
}

// ── The route type of a row, read from its path: '/certificate/:band/:topic?' → { band: …; topic?: … } ──
type SegmentsOf<P extends string> = P extends `${infer Head}/${infer Rest}` ? Head | SegmentsOf<Rest> : P;
type RequiredParam<S> = S extends `:${infer K}` ? (K extends `${string}?` ? never : K) : never;
type OptionalParam<S> = S extends `:${infer K}?` ? K : never;
type ChecksOf<R> = R extends { readonly checks: infer C } ? C : object;
type QueryOf<R> = R extends { readonly query: readonly (infer Q extends string)[] } ? Q : never;
/** The type a check guards (`value is BandId` → BandId); a plain yes/no check leaves a string. */
type ValueOf<C, K extends string> = K extends keyof C ? (C[K] extends ((value: string) => value is infer T extends string) ? T : string) : string;
type Flat<T> = { [K in keyof T]: T[K] } & {};

/** The typed value of one row's route. */
export type RouteOf<R> = R extends { readonly name: infer N extends string; readonly path: infer P extends string }
  ? Flat<
      { name: N } & { [K in RequiredParam<SegmentsOf<P>>]: ValueOf<ChecksOf<R>, K> } & {
        [K in OptionalParam<SegmentsOf<P>> | QueryOf<R>]?: ValueOf<ChecksOf<R>, K>;
      }
    >
  : never;

/**
 * Filled in by the app shell, which knows every feature (src/app/screens.ts):
 * `declare module '../router/routes' { interface RouteRegistry { rows: … } }`.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled by declaration merging
export interface RouteRegistry {}

type RegisteredRows = RouteRegistry extends { rows: infer R } ? R : RouteRow;

/** The typed value of each route, derived from the declared rows. */
export type Route = RouteOf<RegisteredRows> | { name: 'not-found' };
export type RouteName = Route['name'];
type Found = Exclude<Route, { name: 'not-found' }>;

let table: readonly RouteRow[] = [];

/** The shell hands over every screen's row, in the order URLs are matched (the first that fits wins). */
export function registerRoutes(rows: readonly RouteRow[]): void {
  const names = rows.map((row) => row.name);
  const twice = names.filter((name, i) => names.indexOf(name) !== i);
  if (twice.length > 0) throw new Error(`two screens declare the route name ${twice.join(', ')}`);
  table = rows;
}

function rows(): readonly RouteRow[] {
  if (table.length === 0) throw new Error('no routes yet: src/app/screens.ts registers them when it is imported');
  return table;
}

type Values = Record<string, string | undefined>;

function segmentsOf(path: string): string[] {
  return path.split('/').filter(Boolean);
}

function safeDecode(part: string): string | undefined {
  try {
    return decodeURIComponent(part);
  } catch {
    return undefined;
  }
}

function matchRow(row: RouteRow, parts: string[], query: URLSearchParams): Values | undefined {
  const pattern = segmentsOf(row.path);
  const required = pattern.filter((segment) => !segment.endsWith('?')).length;
  if (parts.length < required || parts.length > pattern.length) return undefined;
  const values: Values = {};
  for (const [index, segment] of pattern.entries()) {
    const part = parts[index];
    if (!segment.startsWith(':')) {
      if (part !== segment) return undefined;
      continue;
    }
    if (part === undefined) continue; // an optional last segment that is absent
    values[segment.slice(1).replace(/\?$/, '')] = part;
  }
  for (const key of row.query ?? []) {
    const value = query.get(key);
    if (value !== null) values[key] = value;
  }
  const checks: Record<string, Check> = row.checks ?? {};
  for (const [key, check] of Object.entries(checks)) {
    const value = values[key];
    if (value === undefined) continue;
    // A bad query value is ignored (the page still opens); a bad path segment is "not found".
    if (!check(value)) {
      if (row.query?.includes(key)) delete values[key];
      else return undefined;
    }
  }
  return values;
}

/** The route of a URL path (with or without the app's base path) and its query string. */
export function parseRoute(pathname: string, search = ''): Route {
  const local = appBase.strip(pathname);
  if (local === undefined) return { name: 'not-found' };
  const parts = segmentsOf(local).map(safeDecode);
  if (parts.some((part) => part === undefined)) return { name: 'not-found' };
  const query = new URLSearchParams(search);
  for (const row of rows()) {
    const values = matchRow(row, parts as string[], query);
    if (values) return { name: row.name, ...values } as Route;
  }
  return { name: 'not-found' };
}

/** Whether a route opens only in teacher mode (its row says `teacherOnly`). */
export function needsTeacherMode(route: Route): boolean {
  return rows().find((r) => r.name === route.name)?.teacherOnly === true;
}

/** The URL of a route, under the app's base path. Any declared screen: `buildPath({ name: 'band', band })`. */
export function buildPath(route: Found): string {
  const row = rows().find((r) => r.name === route.name);
  if (!row) throw new Error(`no route named ${route.name}`);
  const values = route as unknown as Values;
  const segments = segmentsOf(row.path).flatMap((segment) => {
    if (!segment.startsWith(':')) return [segment];
    const value = values[segment.slice(1).replace(/\?$/, '')];
    return value === undefined ? [] : [encodeURIComponent(value)];
  });
  const query = new URLSearchParams();
  for (const key of row.query ?? []) {
    const value = values[key];
    if (value !== undefined) query.set(key, value);
  }
  const search = query.toString();
  return appBase.add(`/${segments.join('/')}`) + (search ? `?${search}` : '');
}

type PrintVariant = Extract<Route, { name: 'print' }>['variant'];

/**
 * Short names for the links the app makes most (each is buildPath of one declared row, so a builder of a
 * route no screen declares does not compile). A new screen needs none: buildPath({ name, … }) is typed.
 */
export const paths = {
  home: () => buildPath({ name: 'home' }),
  band: (band: BandId) => buildPath({ name: 'band', band }),
  lesson: (lessonId: string) => buildPath({ name: 'lesson', lessonId }),
  quiz: (lessonId: string) => buildPath({ name: 'quiz', lessonId }),
  practise: (lessonId: string) => buildPath({ name: 'quiz', lessonId, practice: 'missed' }),
  review: (lessonId: string) => buildPath({ name: 'review', lessonId }),
  help: () => buildPath({ name: 'help' }),
  helpPath: (band?: BandId) => buildPath({ name: 'help-path', band }),
  /** The search page; an empty query is no query. */
  search: (query?: string) => buildPath({ name: 'search', q: query || undefined }),
  progress: (band?: BandId) => buildPath({ name: 'progress', band }),
  certificate: (band: BandId, topic?: TopicId) => buildPath({ name: 'certificate', band, topic }),
  settings: () => buildPath({ name: 'settings' }),
  teacher: () => buildPath({ name: 'teacher' }),
  report: () => buildPath({ name: 'report' }),
  present: (lessonId: string, slide?: number) => buildPath({ name: 'present', lessonId, slide: slide?.toString() }),
  speaker: (lessonId: string, slide?: number) => buildPath({ name: 'speaker', lessonId, slide: slide?.toString() }),
  classQuiz: (lessonId: string) => buildPath({ name: 'class-quiz', lessonId }),
  plan: (lessonId: string) => buildPath({ name: 'plan', lessonId }),
  print: (lessonId: string, variant: PrintVariant) => buildPath({ name: 'print', lessonId, variant }),
  learners: () => buildPath({ name: 'learners' }),
  newLearner: () => buildPath({ name: 'new-learner' }),
  editLearner: (learnerId: string) => buildPath({ name: 'edit-learner', learnerId }),
};
