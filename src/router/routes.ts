/**
 * The app's URLs, defined once: every route is one row of ROUTE_TABLE, and both parsing a URL and
 * building one come from that row, so the two can't drift apart. Plain paths (not #hash) so a lesson
 * link can be shared and reloaded; the service worker serves index.html for any of them offline.
 *
 * Hand-written rather than a router library: the table is ~60 lines, it validates segments against the
 * curriculum's vocabularies (an unknown band is "not found", not a broken page), it knows the query
 * parameters each route uses, and it adds nothing to the first load.
 */
import { LESSON_ROUTE } from '../content/lessonPath';
import { isBandId, isTopicId, type BandId, type TopicId } from '../content/vocabulary';
import { appBase } from './base';

/** Printable pages of a lesson (A4): the plan, a student handout, the families note, a quiz worksheet, activity cards. */
export const PRINT_VARIANTS = ['plan', 'handout', 'family', 'worksheet', 'cards'] as const;
export type PrintVariant = (typeof PRINT_VARIANTS)[number];

const isPrintVariant = (value: string): value is PrintVariant => (PRINT_VARIANTS as readonly string[]).includes(value);
const isPracticeMode = (value: string): value is 'missed' => value === 'missed';
const isSlideNumber = (value: string): boolean => /^[1-9][0-9]{0,3}$/.test(value);

/** What a segment or query value must be; a URL whose values fail their check is not found. */
type Check = (value: string) => boolean;

interface RouteRow {
  name: string;
  /** Segments; `:name` is a parameter, `:name?` an optional one (last only). */
  path: string;
  checks?: Record<string, Check>;
  /** Query parameters this route reads; others are dropped when building. */
  query?: readonly string[];
  /** Shows answer keys or learners' results: opens only in teacher mode (src/stores/uiStore.ts). */
  teacherOnly?: true;
}

export const ROUTE_TABLE = [
  { name: 'home', path: '/' },
  { name: 'band', path: '/band/:band', checks: { band: isBandId } },
  { name: 'lesson', path: LESSON_ROUTE },
  { name: 'quiz', path: `${LESSON_ROUTE}/quiz`, query: ['practice'], checks: { practice: isPracticeMode } },
  { name: 'review', path: `${LESSON_ROUTE}/review` },
  { name: 'present', path: `${LESSON_ROUTE}/present`, query: ['slide'], checks: { slide: isSlideNumber } },
  { name: 'speaker', path: `${LESSON_ROUTE}/speaker`, query: ['slide'], checks: { slide: isSlideNumber } },
  { name: 'class-quiz', path: `${LESSON_ROUTE}/class-quiz` },
  // The plan and the printouts carry the quiz's answers (the plan's key, the worksheet's key page).
  { name: 'plan', path: `${LESSON_ROUTE}/plan`, teacherOnly: true },
  { name: 'print', path: `${LESSON_ROUTE}/print/:variant`, checks: { variant: isPrintVariant }, teacherOnly: true },
  { name: 'help', path: '/help' },
  // The guided path "Em cần giúp?": `band` is the age group of the page it was opened from, never an answer.
  { name: 'help-path', path: '/help/path', query: ['band'], checks: { band: isBandId } },
  { name: 'search', path: '/search', query: ['q'] },
  { name: 'settings', path: '/settings' },
  { name: 'teacher', path: '/teacher' },
  { name: 'report', path: '/teacher/report', teacherOnly: true },
  { name: 'learners', path: '/learners' },
  { name: 'new-learner', path: '/learners/new' },
  { name: 'edit-learner', path: '/learners/:learnerId/edit' },
  { name: 'progress', path: '/progress/:band?', checks: { band: isBandId } },
  { name: 'certificate', path: '/certificate/:band/:topic?', checks: { band: isBandId, topic: isTopicId } },
] as const satisfies readonly RouteRow[];

/** The typed value of each route (kept in step with ROUTE_TABLE by the tests that build and parse every route). */
export type Route =
  | { name: 'home' }
  | { name: 'band'; band: BandId }
  | { name: 'lesson'; lessonId: string }
  | { name: 'quiz'; lessonId: string; practice?: 'missed' }
  | { name: 'review'; lessonId: string }
  | { name: 'present'; lessonId: string; slide?: string }
  | { name: 'speaker'; lessonId: string; slide?: string }
  | { name: 'class-quiz'; lessonId: string }
  | { name: 'plan'; lessonId: string }
  | { name: 'print'; lessonId: string; variant: PrintVariant }
  | { name: 'help' }
  | { name: 'help-path'; band?: BandId }
  | { name: 'search'; q?: string }
  | { name: 'settings' }
  | { name: 'teacher' }
  | { name: 'report' }
  | { name: 'learners' }
  | { name: 'new-learner' }
  | { name: 'edit-learner'; learnerId: string }
  | { name: 'progress'; band?: BandId }
  | { name: 'certificate'; band: BandId; topic?: TopicId }
  | { name: 'not-found' };

export type RouteName = Route['name'];

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
  for (const row of ROUTE_TABLE as readonly RouteRow[]) {
    const values = matchRow(row, parts as string[], query);
    if (values) return { name: row.name, ...values } as Route;
  }
  return { name: 'not-found' };
}

/** Whether a route opens only in teacher mode (its row says `teacherOnly`). */
export function needsTeacherMode(route: Route): boolean {
  const row = (ROUTE_TABLE as readonly RouteRow[]).find((r) => r.name === route.name);
  return row?.teacherOnly === true;
}

/** The URL of a route, under the app's base path. */
export function buildPath(route: Exclude<Route, { name: 'not-found' }>): string {
  const row = (ROUTE_TABLE as readonly RouteRow[]).find((r) => r.name === route.name);
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

/** Builders for every link the app makes; each is one row of the table above. */
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
