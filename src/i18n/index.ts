/**
 * i18next set-up. Vietnamese is the default; the chosen language is remembered on this computer and
 * `<html lang>` follows it so screen readers pronounce the page correctly.
 */
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { DEFAULT_LOCALE, isLocale, type Locale } from '../content/vocabulary';
import { readPreference, writePreference } from '../stores/preferences';
import en from './locales/en';
import vi from './locales/vi';

export const resources = { vi: { translation: vi }, en: { translation: en } } as const;

const LANGUAGE_KEY = 'language';

export function storedLanguage(): Locale {
  const stored = readPreference(LANGUAGE_KEY);
  return stored && isLocale(stored) ? stored : DEFAULT_LOCALE;
}

export async function setupI18n(language: Locale = storedLanguage()) {
  const instance = i18next.createInstance();
  instance.on('languageChanged', (lng) => {
    if (typeof document !== 'undefined') document.documentElement.lang = lng;
    if (isLocale(lng)) writePreference(LANGUAGE_KEY, lng);
  });
  await instance.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: false,
    supportedLngs: ['vi', 'en'],
    interpolation: { escapeValue: false }, // React escapes already
    returnNull: false,
  });
  return instance;
}
