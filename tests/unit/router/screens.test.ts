/**
 * The screens the features declare (src/features/<x>/screens.ts, collected by src/app/screens.ts) are the
 * route table, its type and the prerender list: nothing about a screen is kept anywhere else.
 */
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { SCREENS } from '../../../src/app/screens';
import { BAND_IDS, TOPIC_IDS } from '../../../src/content/vocabulary';
import { pagesToPrerender } from '../../../src/entry-server';
import { PRINT_VARIANTS } from '../../../src/features/teacher/printVariants';
import { buildPath, parseRoute, registerRoutes, type Route } from '../../../src/router/routes';
import type { Screen } from '../../../src/router/screen';

type Found = Exclude<Route, { name: 'not-found' }>;

/** Values a checked parameter may take: the first that passes a screen's check is used. */
const CANDIDATES = [...BAND_IDS, ...TOPIC_IDS, ...PRINT_VARIANTS, 'missed', '7'];
/** An unchecked parameter gets a value that needs escaping. */
const AWKWARD = 'lop-4-5 personal/data?';

/** A route of the screen with every parameter and query value set (path parameters from its pattern). */
function sampleRoute(screen: Screen): Found {
  const { name, path: pattern, checks = {}, query = [] } = screen.route;
  const keys = [...pattern.split('/').filter((segment) => segment.startsWith(':')).map((segment) => segment.slice(1).replace(/\?$/, '')), ...query];
  const values = keys.map((key) => {
    const check = checks[key];
    const value = check ? CANDIDATES.find((candidate) => check(candidate)) : AWKWARD;
    if (value === undefined) throw new Error(`${name}: no sample value passes the check of ${key}; add one to CANDIDATES`);
    return [key, value];
  });
  return { name, ...Object.fromEntries(values) } as Found;
}

function parse(url: string): Route {
  const [pathname, search] = url.split('?');
  return parseRoute(pathname!, search ? `?${search}` : '');
}

describe('declared screens', () => {
  afterEach(() => registerRoutes(SCREENS.map((screen) => screen.route)));

  it('each build their own URL and parse it back, parameters and query included', () => {
    expect(SCREENS.length).toBeGreaterThan(15);
    for (const screen of SCREENS) {
      const route = sampleRoute(screen);
      expect(parse(buildPath(route)), screen.route.name).toEqual(route);
    }
  });

  it('never claim the same URL: the table parses alike in any order', () => {
    const urls = SCREENS.map((screen) => buildPath(sampleRoute(screen)));
    const inOrder = urls.map(parse);
    registerRoutes([...SCREENS].reverse().map((screen) => screen.route));
    expect(urls.map(parse)).toEqual(inOrder);
  });

  it('refuses two screens of one name', () => {
    expect(() => registerRoutes([...SCREENS, SCREENS[0]!].map((screen) => screen.route))).toThrow(/two screens declare the route name home/);
  });

  it('name, for each prerendered one, the module its page loads (whose chunk the prerendered HTML links)', async () => {
    const prerendered = SCREENS.filter((screen) => screen.prerender);
    expect(prerendered.map((screen) => screen.route.name).sort()).toEqual(['band', 'help', 'home', 'lesson', 'quiz']);
    for (const screen of prerendered) {
      await screen.page.preload();
      const module = (await import(/* @vite-ignore */ path.resolve(__dirname, '../../..', screen.prerender!.source))) as Record<string, unknown>;
      expect(Object.values(module), screen.route.name).toContain(screen.page.loaded());
    }
  });

  it('are the prerender list: a page of every prerendered screen, and of no other', async () => {
    const pages = await pagesToPrerender();
    const names = new Set(pages.map((page) => parseRoute(page.url).name));
    expect([...names].sort()).toEqual(SCREENS.filter((screen) => screen.prerender).map((screen) => screen.route.name).sort());
    for (const page of pages) expect(SCREENS.find((screen) => screen.route.name === parseRoute(page.url).name)?.prerender?.source, page.url).toBe(page.source);
    // Every band of the (fixture) catalog with lessons, and a lesson page and its body for each lesson.
    expect(pages.filter((page) => page.url.startsWith('/band/')).length).toBeGreaterThan(0);
    expect(pages.filter((page) => parseRoute(page.url).name === 'lesson').every((page) => page.lessonKey && page.band)).toBe(true);
  });

  it('give routes their types: a value a check refuses, or a parameter missing, does not compile', () => {
    // @ts-expect-error — 'lop-13' is no BandId (the row's check is a type guard)
    expect(() => buildPath({ name: 'band', band: 'lop-13' })).not.toThrow();
    // @ts-expect-error — a lesson page needs its lessonId (':lessonId' in the path)
    expect(buildPath({ name: 'lesson' })).toBe('/lesson');
    // @ts-expect-error — no screen declares this name
    expect(() => buildPath({ name: 'nowhere' })).toThrow(/no route named nowhere/);
    // Optional segments and query values are optional.
    expect(buildPath({ name: 'certificate', band: 'lop-1-3' })).toBe('/certificate/lop-1-3');
    expect(buildPath({ name: 'quiz', lessonId: 'x', practice: 'missed' })).toBe('/lesson/x/quiz?practice=missed');
  });
});
