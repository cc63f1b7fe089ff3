// Keys of t() are checked against the Vietnamese (source) resources.
import 'i18next';
import type { Resources } from './featureStrings';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Resources };
  }
}
