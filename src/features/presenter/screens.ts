/** A lesson on the projector and its speaker view (a second window kept in sync); `slide` is the slide shown. */
import { LESSON_ROUTE } from '../../content/lessonPath';
import { lazyPage } from '../../router/lazyPage';
import { screen, type Feature } from '../../router/screen';

const isSlideNumber = (value: string): boolean => /^[1-9][0-9]{0,3}$/.test(value);

export const presenterFeature = {
  screens: [
    screen(
      { name: 'present', path: `${LESSON_ROUTE}/present`, query: ['slide'], checks: { slide: isSlideNumber } },
      {
        page: lazyPage(() => import('./PresenterPage').then((m) => m.PresenterPage)),
        props: (route) => ({ lessonId: route.lessonId }),
        catalog: 'lesson',
      },
    ),
    screen(
      { name: 'speaker', path: `${LESSON_ROUTE}/speaker`, query: ['slide'], checks: { slide: isSlideNumber } },
      {
        page: lazyPage(() => import('./SpeakerPage').then((m) => m.SpeakerPage)),
        props: (route) => ({ lessonId: route.lessonId }),
        catalog: 'lesson',
      },
    ),
  ],
  strings: { namespace: 'presenter', load: (language) => import('./strings').then((m) => (language === 'vi' ? m.presenterVi : m.presenterEn)) },
} satisfies Feature;
