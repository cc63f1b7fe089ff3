/**
 * The search index of a language, loaded the first time search opens (each language its own precached
 * chunk, never part of the first load) and kept for the rest of the visit.
 */
import type { SearchIndexData } from '../../content/searchText';
import type { Locale } from '../../content/vocabulary';
import { prepareIndex, type SearchIndex } from './searchLessons';

/** One import per language, written out so the bundler makes each a chunk (a Record: a new locale must add one). */
const LOADERS: Record<Locale, () => Promise<{ default: SearchIndexData }>> = {
  vi: () => import('virtual:lesson-search/vi'),
  en: () => import('virtual:lesson-search/en'),
};

const loaded = new Map<Locale, Promise<SearchIndex>>();

export function loadSearchIndex(locale: Locale): Promise<SearchIndex> {
  const known = loaded.get(locale);
  if (known) return known;
  const loading = LOADERS[locale]().then((module) => prepareIndex(module.default));
  loaded.set(locale, loading);
  // A failure (a damaged cache) is not kept, so "try again" really loads again; the caller still sees it.
  loading.catch(() => loaded.delete(locale));
  return loading;
}
