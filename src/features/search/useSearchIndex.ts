import { useEffect, useState } from 'react';
import type { Locale } from '../../content/vocabulary';
import { loadSearchIndex } from './loadSearchIndex';
import type { SearchIndex } from './searchLessons';

export type SearchIndexState = { status: 'loading' } | { status: 'failed'; retry: () => void } | { status: 'ready'; index: SearchIndex };

/** The search index of the reader's language, loaded when the search page first needs it. */
export function useSearchIndex(locale: Locale): SearchIndexState {
  const [attempt, setAttempt] = useState(0);
  const [loaded, setLoaded] = useState<{ key: string; index?: SearchIndex }>();
  const key = `${locale}#${attempt}`;

  useEffect(() => {
    let cancelled = false;
    loadSearchIndex(locale).then(
      (index) => !cancelled && setLoaded({ key, index }),
      () => !cancelled && setLoaded({ key }),
    );
    return () => {
      cancelled = true;
    };
  }, [key, locale]);

  if (loaded?.key !== key) return { status: 'loading' };
  if (!loaded.index) return { status: 'failed', retry: () => setAttempt((n) => n + 1) };
  return { status: 'ready', index: loaded.index };
}
