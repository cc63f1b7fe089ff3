// Modules written by the content compiler (scripts/content/vitePlugin.ts).
declare module 'virtual:lesson-catalog' {
  import type { CatalogPart } from './types';
  import type { BandId } from './vocabulary';
  /** Lessons of every band (each lesson once, whatever its languages): all the first page needs. */
  export const lessonCounts: Record<BandId, number>;
  /** Which band each lesson id is in. */
  export const loadIndex: () => Promise<{ idsByBand: Partial<Record<BandId, string[]>> }>;
  /** Each band's part of the catalog (bands without lessons have none), loaded as its own chunk. */
  export const bandParts: Partial<Record<BandId, () => Promise<CatalogPart>>>;
}

declare module 'virtual:lesson-search/*' {
  import type { SearchIndexData } from './searchText';
  /** The search index of one language (scripts/content/searchIndex.ts), loaded when search first opens. */
  const index: SearchIndexData;
  export default index;
}
