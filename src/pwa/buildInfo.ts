/**
 * Which build of the app this is, shown in Cài đặt so a teacher can tell which version a computer has
 * (it may be an old one still served by the service worker). vite.config.ts injects both values with
 * `define`; where nothing is injected (unit tests) the version reads "dev" and the date is unknown.
 */
import type { Locale } from '../content/vocabulary';
import { longDate } from '../i18n/dates';

declare const __APP_VERSION__: string;
declare const __BUILD_DATE__: string;

export const buildInfo: { version: string; /** YYYY-MM-DD (UTC) */ date: string | undefined } = {
  version: typeof __APP_VERSION__ === 'string' ? __APP_VERSION__ : 'dev',
  date: typeof __BUILD_DATE__ === 'string' ? __BUILD_DATE__ : undefined,
};

/** The build date as the app writes dates ("ngày 28 tháng 11 năm 2025"), or "–" when unknown. */
export function formatBuildDate(date: string | undefined, locale: Locale): string {
  return date ? longDate(date, locale) : '–';
}
