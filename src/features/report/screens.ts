/** The class report, built from pupils' progress files: it shows learners' results, so teacher mode only. */
import { lazyPage } from '../../router/lazyPage';
import { screen, type Feature } from '../../router/screen';

export const reportFeature = {
  screens: [
    screen(
      { name: 'report', path: '/teacher/report', teacherOnly: true },
      {
        page: lazyPage(() => import('./ClassReportPage').then((m) => m.ClassReportPage)),
        catalog: 'all',
      },
    ),
  ],
  strings: { namespace: 'report', load: (language) => import('./strings').then((m) => (language === 'vi' ? m.reportVi : m.reportEn)) },
} satisfies Feature;
