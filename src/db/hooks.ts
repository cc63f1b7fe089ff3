/**
 * Components read stored data only through these hooks (live: they re-render when the data changes).
 * A query that fails — the database is blocked or unavailable — yields the fallback; the problem
 * itself is reported once by initStorage / QuizRecorder, not by every component.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { getDatabase } from './db';
import { CURRENT_LEARNER_KEY } from './learners';
import { progressByLesson } from './progress';
import type { LessonProgress } from './types';

function useStoredQuery<T>(query: () => Promise<T>, deps: unknown[], fallback: T): T {
  return useLiveQuery(async () => {
    try {
      return await query();
    } catch {
      return fallback;
    }
  }, deps) ?? fallback;
}

export function useCurrentLearnerId(): string | undefined {
  return useStoredQuery(async () => (await getDatabase().meta.get(CURRENT_LEARNER_KEY))?.value, [], undefined);
}

const EMPTY_PROGRESS = new Map<string, LessonProgress>();

export function useProgressByLesson(learnerId: string | undefined): Map<string, LessonProgress> {
  return useStoredQuery(async () => (learnerId ? progressByLesson(learnerId) : EMPTY_PROGRESS), [learnerId], EMPTY_PROGRESS);
}

export function useLessonProgress(learnerId: string | undefined, lessonId: string): LessonProgress | undefined {
  return useStoredQuery(
    async () => (learnerId ? getDatabase().progress.get({ learnerId, lessonId }) : undefined),
    [learnerId, lessonId],
    undefined,
  );
}
