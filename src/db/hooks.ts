/**
 * Components read stored data only through these hooks. They are live (Dexie's liveQuery re-runs the
 * query when the tables it read change) and load the database code on first use. A query that fails —
 * the database is blocked or unavailable — yields the fallback; the problem itself is reported once
 * by initStorage / QuizRecorder, not by every component.
 */
import { useEffect, useState } from 'react';
import { loadStore, type Store } from './loadStore';
import type { AttemptWithAnswers } from './attempts';
import type { AuditEvent } from './audit';
import type { IdleChoice } from '../domain/idle';
import type { TeacherLockState } from './teacherLock';
import type { Learner, LessonProgress } from '../domain/records';
import type { ScannedResults } from './types';

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

/** The chosen learner's id; undefined while loading, in guest mode, or when storage is unavailable. */
export function useCurrentLearnerId(): string | undefined {
  const current = useCurrentLearner();
  return current.kind === 'learner' ? current.learner.id : undefined;
}

/** 'nobody': after the idle switch-back, until a child picks a profile; 'none': before start-up chose one. */
export type CurrentLearner = { kind: 'loading' } | { kind: 'guest' } | { kind: 'nobody' } | { kind: 'none' } | { kind: 'learner'; learner: Learner };

const LOADING: CurrentLearner = { kind: 'loading' };

export function useCurrentLearner(): CurrentLearner {
  return useStoredQuery<CurrentLearner>(
    async (store) => {
      const id = await store.currentLearnerId();
      if (id === store.learners.GUEST) return { kind: 'guest' };
      if (id === store.learners.NOBODY) return { kind: 'nobody' };
      const learner = id ? await store.getLearner(id) : undefined;
      return learner ? { kind: 'learner', learner } : { kind: 'none' };
    },
    [],
    LOADING,
  );
}

const NO_LEARNERS: Learner[] = [];

export function useLearners(): Learner[] {
  return useStoredQuery((store) => store.listLearners(), [], NO_LEARNERS);
}

const EMPTY_PROGRESS = new Map<string, LessonProgress>();

export function useProgressByLesson(learnerId: string | undefined): Map<string, LessonProgress> {
  return useStoredQuery(async (store) => (learnerId ? store.progressByLesson(learnerId) : EMPTY_PROGRESS), [learnerId], EMPTY_PROGRESS);
}

export function useLessonProgress(learnerId: string | undefined, lessonId: string): LessonProgress | undefined {
  return useStoredQuery(async (store) => (learnerId ? store.lessonProgress(learnerId, lessonId) : undefined), [learnerId, lessonId], undefined);
}

const NO_ATTEMPTS: AttemptWithAnswers[] = [];

/** A learner's attempts at a lesson, newest first; undefined while loading. */
export function useAttempts(learnerId: string | undefined, lessonId: string): AttemptWithAnswers[] | undefined {
  return useStoredQuery<AttemptWithAnswers[] | undefined>(
    async (store) => (learnerId ? store.listAttempts(learnerId, lessonId) : NO_ATTEMPTS),
    [learnerId, lessonId],
    undefined,
  );
}

/** Whether a teacher PIN is set, and whether it has a recovery code; undefined while loading. */
export function useTeacherLock(): TeacherLockState | undefined {
  return useStoredQuery<TeacherLockState | undefined>((store) => store.teacherLock.teacherLockState(), [], undefined);
}

const NO_EVENTS: AuditEvent[] = [];

/** What was done with or to the teacher PIN that nobody with it has acknowledged, oldest first (src/db/audit.ts). */
export function useUnacknowledgedEvents(): AuditEvent[] {
  return useStoredQuery((store) => store.audit.unacknowledgedEvents(), [], NO_EVENTS);
}

const NO_NOTICES = new Map<string, AuditEvent[]>();

/** Per locked learner, what happened to their profile since they last opened it with their own secret. */
export function useLearnerNotices(): Map<string, AuditEvent[]> {
  return useStoredQuery((store) => store.audit.learnerNotices(), [], NO_NOTICES);
}

/** The idle time chosen for this computer; undefined while loading or when storage is unavailable. */
export function useIdleChoice(): IdleChoice | undefined {
  return useStoredQuery<IdleChoice | undefined>((store) => store.settings.idleChoice(), [], undefined);
}

const NO_SCANS: ScannedResults[] = [];

/** The results scanned from learners' QR codes for the class report, the first scanned first (src/db/scans.ts). */
export function useScans(): ScannedResults[] {
  return useStoredQuery((store) => store.scans.listScans(), [], NO_SCANS);
}
