/** The home page: prerendered (it is index.html), reads only the lesson counts of the first load. */
import { lazyPage } from '../../router/lazyPage';
import { screen, type Feature } from '../../router/screen';

export const homeFeature = {
  screens: [
    screen(
      { name: 'home', path: '/' },
      {
        page: lazyPage(() => import('./HomePage').then((m) => m.HomePage)),
        catalog: 'none', // lesson counts are always there
        prerender: { source: 'src/features/home/HomePage.tsx' },
      },
    ),
  ],
} satisfies Feature;
