/**
 * Strings of screens that load on demand (presenter, class quiz, class report) load with them, so
 * the first bundle carries only what every child needs. Their keys are still typed: `Resources` is
 * the core strings plus every feature's.
 */
import type { i18n as I18n } from 'i18next';
import type { gameVi } from '../features/game/strings';
import type { presenterVi } from '../features/presenter/strings';
import type { reportVi } from '../features/report/strings';
import type { CoreResources } from './locales/vi';

export type Resources = CoreResources & { presenter: typeof presenterVi; game: typeof gameVi; report: typeof reportVi };

type FeatureStrings = { vi: object; en: object };

export const FEATURE_STRINGS = {
  presenter: () => import('../features/presenter/strings').then((m): FeatureStrings => ({ vi: m.presenterVi, en: m.presenterEn })),
  game: () => import('../features/game/strings').then((m): FeatureStrings => ({ vi: m.gameVi, en: m.gameEn })),
  report: () => import('../features/report/strings').then((m): FeatureStrings => ({ vi: m.reportVi, en: m.reportEn })),
} as const;

export type Feature = keyof typeof FEATURE_STRINGS;

/** Adds a feature's strings in both languages (switching language later needs no further load). */
export async function addFeatureStrings(i18n: I18n, feature: Feature): Promise<void> {
  if (i18n.getResource('vi', 'translation', feature) !== undefined && i18n.getResource('en', 'translation', feature) !== undefined) return;
  const strings = await FEATURE_STRINGS[feature]();
  i18n.addResourceBundle('vi', 'translation', { [feature]: strings.vi }, true, false);
  i18n.addResourceBundle('en', 'translation', { [feature]: strings.en }, true, false);
}
