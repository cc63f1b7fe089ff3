/**
 * Which build of the app this is, shown in Cài đặt so a teacher can tell which version a computer has
 * (it may be an old one still served by the service worker). vite.config.ts injects both values with
 * `define`; where nothing is injected (unit tests) the version reads "dev" and the date is unknown.
 */
declare const __APP_VERSION__: string;
declare const __BUILD_DATE__: string;

export const buildInfo: { version: string; /** YYYY-MM-DD (UTC) */ date: string | undefined } = {
  version: typeof __APP_VERSION__ === 'string' ? __APP_VERSION__ : 'dev',
  date: typeof __BUILD_DATE__ === 'string' ? __BUILD_DATE__ : undefined,
};

/** The build date as the reader writes dates (28/11/2025), or "–" when unknown. */
export function formatBuildDate(date: string | undefined, locale: string): string {
  if (!date) return '–';
  return new Intl.DateTimeFormat(locale, { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));
}
