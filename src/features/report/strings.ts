/** User-visible strings of this feature, Vietnamese first; registered in src/i18n/locales/{vi,en}.ts. */
import type { Translation } from '../../i18n/translation';

export const reportVi = {
  title: 'TODO',
};

export const reportEn: Translation<typeof reportVi> = {
  title: 'TODO',
};
