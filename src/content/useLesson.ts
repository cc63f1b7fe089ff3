import { useEffect, useState } from 'react';
import { findLesson, loadedLessonBody, loadLessonBody } from './catalog';
import { lessonKey } from './lessonKey';
import type { CatalogEntry, LessonBody } from './types';
import type { Locale } from './vocabulary';

export type LessonState =
  | { status: 'not-found' }
  | { status: 'loading'; entry: CatalogEntry }
  | { status: 'failed'; entry: CatalogEntry; retry: () => void }
  | { status: 'ready'; entry: CatalogEntry; lesson: LessonBody };

/**
 * Loads a lesson's body (its own chunk) in the reader's language, falling back to another one. A body
 * loaded before the page renders (src/app/pageData.ts) is ready in the first render, so a prerendered
 * page hydrates with its text rather than with "loading".
 */
export function useLesson(lessonId: string, locale: Locale): LessonState {
  const entry = findLesson(lessonId, locale);
  const preloaded = entry && loadedLessonBody(entry);
  const [attempt, setAttempt] = useState(0);
  const [loaded, setLoaded] = useState<{ key: string; lesson?: LessonBody; failed?: boolean }>();
  const key = entry ? `${lessonKey(entry)}#${attempt}` : '';

  useEffect(() => {
    if (!entry || preloaded) return;
    let cancelled = false;
    loadLessonBody(entry).then(
      (lesson) => !cancelled && setLoaded({ key, lesson }),
      () => !cancelled && setLoaded({ key, failed: true }),
    );
    return () => {
      cancelled = true;
    };
    // `key` covers entry identity and retries.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);

  if (!entry) return { status: 'not-found' };
  if (preloaded) return { status: 'ready', entry, lesson: preloaded };
  if (loaded?.key !== key) return { status: 'loading', entry };
  if (loaded.failed || !loaded.lesson) return { status: 'failed', entry, retry: () => setAttempt((n) => n + 1) };
  return { status: 'ready', entry, lesson: loaded.lesson };
}
