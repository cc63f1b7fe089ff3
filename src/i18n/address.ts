/**
 * The band's form of address (src/content/vocabulary.ts, addressOf) as i18next context: a string
 * addressed to the reader has a plain key in the "em" form and variants `_ban` (lớp 10–12) and `_adult`
 * (the parents' and staff tracks), e.g. lesson.objectives → "Sau bài học, em / bạn có thể",
 * "Sau buổi sinh hoạt, người tham dự có thể". A language with one "you" (English) keeps the plain key,
 * which i18next falls back to. Usage: t('quiz.score', { correct, total, percent, ...addressed(band) }).
 */
import { addressOf, type AddressForm, type BandId } from '../content/vocabulary';

/** The i18next contexts: every form but the plain "em". */
export const ADDRESS_CONTEXTS = ['ban', 'adult'] as const satisfies readonly Exclude<AddressForm, 'em'>[];
export type AddressContext = (typeof ADDRESS_CONTEXTS)[number];

/** A key of a form-of-address variant (optional in a translation; see src/i18n/translation.ts). */
export type AddressVariantKey = `${string}_${AddressContext}`;

/** The t() option that speaks to a band's readers in their form of address. */
export function addressed(band: BandId): { context?: AddressContext } {
  const form = addressOf(band);
  return form === 'em' ? {} : { context: form };
}
