/** Cài đặt: language, text size, the teacher PIN and teacher mode, locks, moving progress between computers. */
import { lazyPage } from '../../router/lazyPage';
import { screen, type Feature } from '../../router/screen';

export const settingsFeature = {
  screens: [
    screen(
      { name: 'settings', path: '/settings' },
      {
        page: lazyPage(() => import('./SettingsPage').then((m) => m.SettingsPage)),
        catalog: 'none',
      },
    ),
  ],
  strings: { namespace: 'settings', load: (language) => import('./strings').then((m) => (language === 'vi' ? m.settingsVi : m.settingsEn)) },
} satisfies Feature;
