/**
 * Every feature's screens, in one list: the shell's only hand-kept register of features. A feature
 * declares its screens in its own folder (src/features/<x>/screens.ts: route, page, the catalog part it
 * reads, whether it is prerendered, its strings); from this list come the route table and its type
 * (src/router/routes.ts), the page for a URL (App.tsx), what a page waits for (pageData.ts) and the
 * prerendered pages (src/entry-server.tsx). Adding a screen to a feature that has a screens.ts touches
 * nothing here; a new feature adds one line below (and its import).
 */
import { registerNamespace } from '../i18n';
import { registerRoutes, type RouteName } from '../router/routes';
import type { Feature, Screen } from '../router/screen';
import { gameFeature } from '../features/game/screens';
import { helpFeature } from '../features/help/screens';
import { homeFeature } from '../features/home/screens';
import { learnersFeature } from '../features/learners/screens';
import { lessonsFeature } from '../features/lessons/screens';
import { presenterFeature } from '../features/presenter/screens';
import { progressFeature } from '../features/progress/screens';
import { quizFeature } from '../features/quiz/screens';
import { reportFeature } from '../features/report/screens';
import { searchFeature } from '../features/search/screens';
import { settingsFeature } from '../features/settings/screens';
import { teacherFeature } from '../features/teacher/screens';

/** In the order URLs are matched (no two screens claim the same URL: tests/unit/router/screens.test.ts). */
const FEATURES = [
  homeFeature,
  lessonsFeature,
  quizFeature,
  progressFeature,
  presenterFeature,
  gameFeature,
  teacherFeature,
  helpFeature,
  searchFeature,
  settingsFeature,
  reportFeature,
  learnersFeature,
] as const satisfies readonly Feature[];

type DeclaredScreen = (typeof FEATURES)[number]['screens'][number];

declare module '../router/routes' {
  interface RouteRegistry {
    rows: DeclaredScreen['route'];
  }
}

export const SCREENS: readonly Screen[] = FEATURES.flatMap((feature): readonly Screen[] => feature.screens);

/** The screen of a route name (undefined for 'not-found'). */
export function screenOf(name: RouteName): Screen | undefined {
  return SCREENS.find((screen) => screen.route.name === name);
}

/**
 * The namespace of the strings of the feature a route's screen belongs to, if it has one: loaded with the
 * page's code (pageData.ts), so the page renders once, whole, rather than suspending part-way when its
 * first component asks for them — Preact then takes the page off the screen and puts it back, which drops
 * the focus the app has just given its heading.
 */
export function namespaceOf(name: RouteName): string | undefined {
  const features: readonly Feature[] = FEATURES;
  return features.find((feature) => feature.screens.some((screen) => screen.route.name === name))?.strings?.namespace;
}

/** The namespaces of the features' strings; a screen that says useTranslation('game') loads its own on first render. */
export const FEATURE_NAMESPACES = FEATURES.flatMap((feature: Feature) => (feature.strings ? [feature.strings.namespace] : []));

registerRoutes(SCREENS.map((screen) => screen.route));
for (const feature of FEATURES as readonly Feature[]) if (feature.strings) registerNamespace(feature.strings.namespace, feature.strings.load);
