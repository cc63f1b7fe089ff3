/** The class quiz on the big screen (teams, "Rung chuông vàng"). */
import { LESSON_ROUTE } from '../../content/lessonPath';
import { lazyPage } from '../../router/lazyPage';
import { screen, type Feature } from '../../router/screen';

export const gameFeature = {
  screens: [
    screen(
      { name: 'class-quiz', path: `${LESSON_ROUTE}/class-quiz` },
      {
        page: lazyPage(() => import('./ClassQuizPage').then((m) => m.ClassQuizPage)),
        props: (route) => ({ lessonId: route.lessonId }),
        catalog: 'lesson',
      },
    ),
  ],
  strings: { namespace: 'game', load: (language) => import('./strings').then((m) => (language === 'vi' ? m.gameVi : m.gameEn)) },
} satisfies Feature;
