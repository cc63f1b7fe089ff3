/**
 * i18next set-up. Vietnamese is the default and ships in the first bundle; English loads when chosen
 * (it is precached, so that works offline too). The chosen language is remembered on this computer
 * and `<html lang>` follows it so screen readers pronounce the page correctly.
 */
import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { DEFAULT_LOCALE, isLocale, type Locale } from '../content/vocabulary';
import { readStored, writeStored } from '../stores/safeStorage';
import vi from './locales/vi';

const LANGUAGE_KEY = 'language';

/** Resources other than Vietnamese, loaded on demand. */
const loaders: Record<Exclude<Locale, 'vi'>, () => Promise<{ default: object }>> = {
  en: () => import('./locales/en'),
};

export function storedLanguage(): Locale {
  const stored = readStored(LANGUAGE_KEY);
  return stored && isLocale(stored) ? stored : DEFAULT_LOCALE;
}

async function ensureResources(instance: I18n, language: Locale): Promise<void> {
  // Feature strings may already sit in the bundle, so test for a core section, not the bundle.
  if (language === 'vi' || instance.getResource(language, 'translation', 'app') !== undefined) return;
  instance.addResourceBundle(language, 'translation', (await loaders[language]()).default, true, false);
}

/** Loads the language's strings if needed, then switches to it. */
export async function changeLanguage(instance: I18n, language: Locale): Promise<void> {
  await ensureResources(instance, language);
  await instance.changeLanguage(language);
}

let active: I18n | undefined;

/** The app's i18n instance, for code outside React (lazy screens adding their strings). */
export function activeI18n(): I18n {
  if (!active) throw new Error('i18n is not set up');
  return active;
}

export async function setupI18n(language: Locale = storedLanguage()) {
  const instance = i18next.createInstance();
  active = instance;
  instance.on('languageChanged', (lng) => {
    if (typeof document !== 'undefined') document.documentElement.lang = lng;
    if (isLocale(lng)) writeStored(LANGUAGE_KEY, lng);
  });
  await instance.use(initReactI18next).init({
    // A copy: i18next merges lazy screens' strings into the object it is given.
    resources: { vi: { translation: structuredClone(vi) } },
    lng: DEFAULT_LOCALE,
    fallbackLng: false,
    supportedLngs: ['vi', 'en'],
    interpolation: { escapeValue: false }, // React escapes already
    returnNull: false,
  });
  if (language !== DEFAULT_LOCALE) await changeLanguage(instance, language);
  return instance;
}
