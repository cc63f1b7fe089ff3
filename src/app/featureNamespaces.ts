/**
 * Which strings each feature brings: the app shell is the one place that knows the features, so it tells
 * i18n how to load each feature's namespace. A screen that says useTranslation('game') gets its strings
 * when it first renders (and, after a language switch, in the new language), never before.
 */
import { registerNamespace } from '../i18n';

export const FEATURE_NAMESPACES = ['game', 'report', 'presenter', 'search'] as const;
export type FeatureNamespace = (typeof FEATURE_NAMESPACES)[number];

registerNamespace('game', (language) => import('../features/game/strings').then((m) => (language === 'vi' ? m.gameVi : m.gameEn)));
registerNamespace('report', (language) => import('../features/report/strings').then((m) => (language === 'vi' ? m.reportVi : m.reportEn)));
registerNamespace('presenter', (language) => import('../features/presenter/strings').then((m) => (language === 'vi' ? m.presenterVi : m.presenterEn)));
registerNamespace('search', (language) => import('../features/search/strings').then((m) => (language === 'vi' ? m.searchVi : m.searchEn)));
