/**
 * i18next set-up. Vietnamese core strings ship in the first bundle; everything else loads on demand
 * through one backend: English when chosen, and each feature's namespace (presenter, game, report …)
 * when a screen of that feature first asks for it with useTranslation('<namespace>'). All of it is
 * precached, so that works offline too. Core keys stay reachable from a feature namespace (fallbackNS).
 * The chosen language is remembered on this computer and `<html lang>` follows it so screen readers
 * pronounce the page correctly.
 */
import i18next, { type i18n as I18n } from 'i18next';
import resourcesToBackend from 'i18next-resources-to-backend';
import { initReactI18next, useTranslation } from 'react-i18next';
import { DEFAULT_LOCALE, isLocale, type Locale } from '../content/vocabulary';
import { readStored, writeStored } from '../stores/safeStorage';
import vi from './locales/vi';

const LANGUAGE_KEY = 'language';
export const CORE_NAMESPACE = 'translation';

/** Loads one namespace in one language; features register theirs from the app shell (src/app). */
export type NamespaceLoader = (language: Locale) => Promise<object>;
const namespaceLoaders = new Map<string, NamespaceLoader>();

export function registerNamespace(namespace: string, loader: NamespaceLoader): void {
  namespaceLoaders.set(namespace, loader);
}

async function loadResources(language: string, namespace: string): Promise<object> {
  if (!isLocale(language)) throw new Error(`no strings for language "${language}"`);
  if (namespace === CORE_NAMESPACE) return language === 'vi' ? vi : (await import('./locales/en')).default;
  const loader = namespaceLoaders.get(namespace);
  // A screen that uses a namespace nobody registered shows raw keys: make that loud in tests and logs.
  if (!loader) throw new Error(`no strings registered for namespace "${namespace}"`);
  return loader(language);
}

export function storedLanguage(): Locale {
  const stored = readStored(LANGUAGE_KEY);
  return stored && isLocale(stored) ? stored : DEFAULT_LOCALE;
}

/** The strings of a language could not be loaded (e.g. a damaged cache offline): nothing was switched. */
export class LanguageLoadError extends Error {
  constructor(readonly language: Locale) {
    super(`the ${language} strings could not be loaded`);
  }
}

/**
 * Switches language once its core strings are loaded (the backend loads every namespace in use); if they
 * can't be, throws LanguageLoadError and leaves the page in the language it was, rather than raw keys.
 */
export async function changeLanguage(instance: I18n, language: Locale): Promise<void> {
  await instance.loadLanguages(language);
  if (!instance.hasResourceBundle(language, CORE_NAMESPACE)) throw new LanguageLoadError(language);
  await instance.changeLanguage(language);
}

/** The interface language, typed: the one place that turns i18next's string into a Locale. */
export function currentLocale(instance: I18n): Locale {
  const language = instance.resolvedLanguage ?? instance.language;
  return isLocale(language) ? language : DEFAULT_LOCALE;
}

/** The interface language in a component (re-renders when it changes). */
export function useLocale(): Locale {
  const { i18n } = useTranslation();
  return currentLocale(i18n);
}

export async function setupI18n(language: Locale = storedLanguage()) {
  const instance = i18next.createInstance();
  instance.on('languageChanged', (lng) => {
    if (typeof document !== 'undefined') document.documentElement.lang = lng;
    if (isLocale(lng)) writeStored(LANGUAGE_KEY, lng);
  });
  await instance
    .use(resourcesToBackend(loadResources))
    .use(initReactI18next)
    .init({
      // Vietnamese core strings are bundled (a copy: i18next adds to the object it is given); the rest
      // comes from the backend.
      resources: { vi: { [CORE_NAMESPACE]: structuredClone(vi) } },
      partialBundledLanguages: true,
      ns: [CORE_NAMESPACE],
      defaultNS: CORE_NAMESPACE,
      fallbackNS: CORE_NAMESPACE,
      lng: DEFAULT_LOCALE,
      fallbackLng: false,
      supportedLngs: ['vi', 'en'],
      interpolation: { escapeValue: false }, // React escapes already
      returnNull: false,
    });
  if (language !== DEFAULT_LOCALE) await changeLanguage(instance, language);
  return instance;
}
