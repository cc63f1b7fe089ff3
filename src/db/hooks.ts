/**
 * Components read stored data only through these hooks. They are live (Dexie's liveQuery re-runs the
 * query when the tables it read change) and load the database code on first use. A query that fails —
 * the database is blocked or unavailable — yields the fallback; the problem itself is reported once
 * by initStorage / QuizRecorder, not by every component.
 */
import { useEffect, useState } from 'react';
import { loadStore, type Store } from './loadStore';
import type { LessonProgress } from './types';

function useStoredQuery<T>(query: (store: Store) => Promise<T>, deps: readonly unknown[], fallback: T): T {
  const key = JSON.stringify(deps);
  const [result, setResult] = useState<{ key: string; value: T }>({ key, value: fallback });

  useEffect(() => {
    let cancelled = false;
    let subscription: { unsubscribe: () => void } | undefined;
    const settle = (value: T) => !cancelled && setResult({ key, value });
    loadStore().then(
      (store) => {
        if (cancelled) return;
        subscription = store.liveQuery(() => query(store)).subscribe({ next: settle, error: () => settle(fallback) });
      },
      () => settle(fallback),
    );
    return () => {
      cancelled = true;
      subscription?.unsubscribe();
    };
    // `key` stands for deps; query and fallback are recreated on every render by design.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);

  return result.key === key ? result.value : fallback;
}

export function useCurrentLearnerId(): string | undefined {
  return useStoredQuery((store) => store.currentLearnerId(), [], undefined);
}

const EMPTY_PROGRESS = new Map<string, LessonProgress>();

export function useProgressByLesson(learnerId: string | undefined): Map<string, LessonProgress> {
  return useStoredQuery(async (store) => (learnerId ? store.progressByLesson(learnerId) : EMPTY_PROGRESS), [learnerId], EMPTY_PROGRESS);
}

export function useLessonProgress(learnerId: string | undefined, lessonId: string): LessonProgress | undefined {
  return useStoredQuery(async (store) => (learnerId ? store.lessonProgress(learnerId, lessonId) : undefined), [learnerId, lessonId], undefined);
}
