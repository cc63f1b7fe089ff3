/** The search page; `q` is what was typed (the header's search box is part of every page, see the shell). */
import { lazyPage } from '../../router/lazyPage';
import { screen, type Feature } from '../../router/screen';

export const searchFeature = {
  screens: [
    screen(
      { name: 'search', path: '/search', query: ['q'] },
      {
        page: lazyPage(() => import('./SearchPage').then((m) => m.SearchPage)),
        props: (route) => ({ query: route.q ?? '' }),
        catalog: 'none', // its index carries what a result shows
      },
    ),
  ],
  strings: { namespace: 'search', load: (language) => import('./strings').then((m) => (language === 'vi' ? m.searchVi : m.searchEn)) },
} satisfies Feature;
