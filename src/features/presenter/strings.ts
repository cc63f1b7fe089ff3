/** User-visible strings of this feature, Vietnamese first; registered in src/i18n/locales/{vi,en}.ts. */
import type { Translation } from '../../i18n/translation';

export const presenterVi = {
  title: 'TODO',
};

export const presenterEn: Translation<typeof presenterVi> = {
  title: 'TODO',
};
