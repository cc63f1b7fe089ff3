/**
 * The teacher area, its progression map, a lesson's plan and its printouts. The plan and printouts carry
 * the quiz's answers: teacher mode only. The map shows what any lesson list shows, so it is open.
 */
import { LESSON_ROUTE } from '../../content/lessonPath';
import { lazyPage } from '../../router/lazyPage';
import { screen, type Feature } from '../../router/screen';
import { isPrintVariant } from './printVariants';

export const teacherFeature = {
  screens: [
    screen(
      { name: 'plan', path: `${LESSON_ROUTE}/plan`, teacherOnly: true },
      {
        page: lazyPage(() => import('./LessonPlanPage').then((m) => m.LessonPlanPage)),
        props: (route) => ({ lessonId: route.lessonId }),
        catalog: 'lesson',
      },
    ),
    screen(
      { name: 'print', path: `${LESSON_ROUTE}/print/:variant`, checks: { variant: isPrintVariant }, teacherOnly: true },
      {
        page: lazyPage(() => import('./PrintPage').then((m) => m.PrintPage)),
        props: (route) => ({ lessonId: route.lessonId, variant: route.variant }),
        catalog: 'lesson',
      },
    ),
    screen(
      { name: 'teacher', path: '/teacher' },
      {
        page: lazyPage(() => import('./TeacherPage').then((m) => m.TeacherPage)),
        catalog: 'all',
      },
    ),
    screen(
      { name: 'teacher-map', path: '/teacher/map' },
      {
        page: lazyPage(() => import('./ProgressionMapPage').then((m) => m.ProgressionMapPage)),
        catalog: 'all',
      },
    ),
  ],
  strings: { namespace: 'teacher', load: (language) => import('./strings').then((m) => (language === 'vi' ? m.teacherAreaVi : m.teacherAreaEn)) },
} satisfies Feature;
