// Modules written by the content compiler (scripts/content/vitePlugin.ts).
declare module 'virtual:lesson-catalog' {
  import type { CatalogEntry, LessonBody } from './types';
  /** Every lesson in every locale, in teaching order. */
  export const catalog: CatalogEntry[];
  /** `<id>.<locale>` → the lesson body, loaded as its own chunk. */
  export const loaders: Record<string, () => Promise<{ default: LessonBody }>>;
}
