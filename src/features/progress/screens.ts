/**
 * A learner's progress map, the review of a lesson's quiz, and certificates. The map's "Gửi kết quả cho
 * thầy cô" (src/ui/SendResults.tsx, also in Cài đặt) speaks from the 'results' namespace declared here.
 */
import { isBandId, isTopicId } from '../../content/vocabulary';
import { LESSON_ROUTE } from '../../content/lessonPath';
import { lazyPage } from '../../router/lazyPage';
import { screen, type Feature } from '../../router/screen';

export const progressFeature = {
  screens: [
    screen(
      { name: 'review', path: `${LESSON_ROUTE}/review` },
      {
        page: lazyPage(() => import('./ReviewPage').then((m) => m.ReviewPage)),
        props: (route) => ({ lessonId: route.lessonId }),
        catalog: 'lesson',
      },
    ),
    screen(
      { name: 'progress', path: '/progress/:band?', checks: { band: isBandId } },
      {
        page: lazyPage(() => import('./ProgressPage').then((m) => m.ProgressPage)),
        props: (route) => ({ band: route.band }),
        catalog: 'all',
      },
    ),
    screen(
      { name: 'certificate', path: '/certificate/:band/:topic?', checks: { band: isBandId, topic: isTopicId } },
      {
        page: lazyPage(() => import('./CertificatePage').then((m) => m.CertificatePage)),
        props: (route) => ({ band: route.band, topic: route.topic }),
        catalog: 'all',
      },
    ),
  ],
  strings: { namespace: 'results', load: (language) => import('../../ui/resultStrings').then((m) => (language === 'vi' ? m.resultsVi : m.resultsEn)) },
} satisfies Feature;
