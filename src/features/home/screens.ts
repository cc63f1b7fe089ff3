/** The home page: prerendered (it is index.html), reads only the lesson counts of the first load. */
// The styles of a prerendered page travel with the app's one stylesheet, not as a second one its HTML
// must wait for: a first paint blocked on one stylesheet, not two (issue 21).
import './home.css';
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
