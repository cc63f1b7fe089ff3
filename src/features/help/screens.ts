/** The help page (prerendered: a child in trouble may have no script yet) and the guided path "Em cần giúp?". */
import { isBandId } from '../../content/vocabulary';
import { lazyPage } from '../../router/lazyPage';
import { screen, type Feature } from '../../router/screen';

export const helpFeature = {
  screens: [
    screen(
      { name: 'help', path: '/help' },
      {
        page: lazyPage(() => import('./HelpPage').then((m) => m.HelpPage)),
        catalog: 'none',
        prerender: { source: 'src/features/help/HelpPage.tsx' },
      },
    ),
    screen(
      // `band` is the age group of the page it was opened from, never an answer.
      { name: 'help-path', path: '/help/path', query: ['band'], checks: { band: isBandId } },
      {
        page: lazyPage(() => import('./HelpPathPage').then((m) => m.HelpPathPage)),
        props: (route) => ({ band: route.band }),
        catalog: 'all',
      },
    ),
  ],
  strings: { namespace: 'helpPath', load: (language) => import('./strings').then((m) => (language === 'vi' ? m.helpPathVi : m.helpPathEn)) },
} satisfies Feature;
