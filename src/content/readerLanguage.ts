import { LOCALES, type Locale } from './vocabulary.ts';

/**
 * "This lesson in the reader's language": the version in `locale`, else the first that exists in the
 * order of LOCALES (Vietnamese first), so an untranslated lesson still opens.
 */
export function inReaderLanguage<T extends { locale: Locale }>(versions: readonly T[], locale: Locale): T | undefined {
  return versions.find((version) => version.locale === locale) ?? LOCALES.map((l) => versions.find((version) => version.locale === l)).find((version) => version !== undefined);
}
