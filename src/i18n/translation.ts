import type { AddressVariantKey } from './address';

/**
 * Same keys as the Vietnamese (source) strings, any wording: the type of every translation. A string's
 * form-of-address variants (`x_ban`, `x_adult`) are optional: a language with one "you" (English) has
 * only `x`, which i18next falls back to.
 */
export type Translation<T> = {
  [K in keyof T as K extends AddressVariantKey ? never : K]: T[K] extends string ? string : T[K] extends readonly string[] ? string[] : Translation<T[K]>;
} & { [K in keyof T as K extends AddressVariantKey ? K : never]?: string };
