/**
 * A band's lessons and a lesson's page: both prerendered, for every band with lessons and every lesson.
 * The "Nghe" buttons (src/ui/readAloud: the lesson's, the quiz's and Cài đặt's) speak from the
 * 'readAloud' namespace declared here.
 */
// The styles of a prerendered page travel with the app's one stylesheet, not as a second one its HTML
// must wait for: a first paint blocked on one stylesheet, not two (issue 21).
import './band.css';
import '../../ui/readAloud/readAloud.css';
import { isBandId } from '../../content/vocabulary';
import { LESSON_ROUTE } from '../../content/lessonPath';
import { lazyPage } from '../../router/lazyPage';
import { screen, type Feature } from '../../router/screen';

export const lessonsFeature = {
  screens: [
    screen(
      { name: 'band', path: '/band/:band', checks: { band: isBandId } },
      {
        page: lazyPage(() => import('./BandPage').then((m) => m.BandPage)),
        props: (route) => ({ band: route.band }),
        catalog: 'band',
        prerender: { source: 'src/features/lessons/BandPage.tsx', params: (site) => site.bands.map((band) => ({ band })) },
      },
    ),
    screen(
      { name: 'lesson', path: LESSON_ROUTE },
      {
        page: lazyPage(() => import('./LessonPage').then((m) => m.LessonPage)),
        // The teacher toolbar comes from the shell (another feature's part).
        props: (route, slots) => ({ lessonId: route.lessonId, teacherTools: slots.lessonTools }),
        catalog: 'lesson',
        prerender: { source: 'src/features/lessons/LessonPage.tsx', params: (site) => site.lessons.map((lesson) => ({ lessonId: lesson.id })) },
      },
    ),
  ],
  strings: { namespace: 'readAloud', load: (language) => import('../../ui/readAloud/strings').then((m) => (language === 'vi' ? m.readAloudVi : m.readAloudEn)) },
} satisfies Feature;
