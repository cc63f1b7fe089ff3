import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { BAND_IDS, TOPIC_IDS } from '../../../src/content/vocabulary';
import { navigate, useRoute } from '../../../src/router/navigation';
import { SCREENS } from '../../../src/app/screens';
import { PRINT_VARIANTS } from '../../../src/features/teacher/printVariants';
import { buildPath, parseRoute, paths, type Route } from '../../../src/router/routes';

/** One URL for every builder, with awkward ids, so each row is built and parsed at least once. */
function everyBuiltUrl(): string[] {
  const id = 'lop-4-5 personal/data?';
  return [
    paths.home(),
    ...BAND_IDS.map(paths.band),
    paths.lesson(id),
    paths.quiz(id),
    paths.practise(id),
    paths.review(id),
    paths.help(),
    paths.helpPath(),
    paths.helpPath('lop-1-3'),
    paths.search(),
    paths.search('mật khẩu & "111"?'),
    paths.progress(),
    ...BAND_IDS.map((band) => paths.progress(band)),
    ...BAND_IDS.flatMap((band) => [paths.certificate(band), ...TOPIC_IDS.map((topic) => paths.certificate(band, topic))]),
    paths.settings(),
    paths.teacher(),
    paths.report(),
    buildPath({ name: 'teacher-map' }),
    paths.present(id),
    paths.present(id, 7),
    paths.speaker(id, 3),
    paths.classQuiz(id),
    paths.plan(id),
    ...PRINT_VARIANTS.map((variant) => paths.print(id, variant)),
    paths.learners(),
    paths.newLearner(),
    paths.editLearner('abc 123'),
  ];
}

function parse(url: string): Route {
  const [pathname, search] = url.split('?');
  return parseRoute(pathname!, search ? `?${search}` : '');
}

describe('routes', () => {
  it('parses every URL the builders make back into a route that builds the same URL', () => {
    const urls = everyBuiltUrl();
    const names = new Set<string>();
    for (const url of urls) {
      const route = parse(url);
      expect(route.name, url).not.toBe('not-found');
      names.add(route.name);
      expect(buildPath(route as Exclude<Route, { name: 'not-found' }>)).toBe(url);
    }
    // Every row of the table is reached by some builder.
    expect([...names].sort()).toEqual(SCREENS.map((screen) => screen.route.name).sort());
  });

  it('keeps the query string in the route', () => {
    expect(parse(paths.practise('x'))).toEqual({ name: 'quiz', lessonId: 'x', practice: 'missed' });
    expect(parse(paths.quiz('x'))).toEqual({ name: 'quiz', lessonId: 'x' });
    expect(parse(paths.present('x', 12))).toEqual({ name: 'present', lessonId: 'x', slide: '12' });
  });

  it('treats unknown segments as not found and ignores bad query values', () => {
    expect(parseRoute('/band/lop-13').name).toBe('not-found');
    expect(parseRoute('/certificate/lop-4-5/no-such-topic').name).toBe('not-found');
    expect(parseRoute('/lesson/x/print/poster').name).toBe('not-found');
    expect(parseRoute('/lesson/%E0%A4%A').name).toBe('not-found');
    expect(parseRoute('/lesson/a/b/c/d/e').name).toBe('not-found');
    expect(parseRoute('/lesson/x/quiz', '?practice=all')).toEqual({ name: 'quiz', lessonId: 'x' });
    expect(parseRoute('/lesson/x/present', '?slide=-1')).toEqual({ name: 'present', lessonId: 'x' });
  });

  it('re-renders when only the query changes, as Back from ?practice=missed does', () => {
    window.history.replaceState(null, '', '/lesson/x/quiz');
    const { result } = renderHook(() => useRoute());
    act(() => navigate('/lesson/x/quiz?practice=missed'));
    expect(result.current).toEqual({ name: 'quiz', lessonId: 'x', practice: 'missed' });
    act(() => {
      window.history.replaceState(null, '', '/lesson/x/quiz');
      window.dispatchEvent(new PopStateEvent('popstate'));
    });
    expect(result.current).toEqual({ name: 'quiz', lessonId: 'x' });
  });
});

describe('lesson URLs', () => {
  it('are the ones the compiler writes into links between lessons (one builder, src/content/lessonPath.ts)', async () => {
    const { lessonPath } = await import('../../../src/content/lessonPath');
    for (const id of ['lop-4-5-personal-data', 'a b/c?']) {
      expect(paths.lesson(id)).toBe(lessonPath(id));
      expect(paths.quiz(id)).toBe(lessonPath(id, 'quiz'));
      expect(parseRoute(lessonPath(id))).toEqual({ name: 'lesson', lessonId: id });
    }
  });
});
