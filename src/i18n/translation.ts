/** Same keys as the Vietnamese (source) strings, any wording: the type of every translation. */
export type Translation<T> = { [K in keyof T]: T[K] extends string ? string : T[K] extends readonly string[] ? string[] : Translation<T[K]> };
