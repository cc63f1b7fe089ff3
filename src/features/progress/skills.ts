/**
 * Pure rules behind the skills map: topic badges, certificates and "continue where you left off". A
 * lesson's state and stars come from the learning rules (src/domain/learning.ts).
 */
import type { CatalogEntry } from '../../content/types';
import { isPreschool, type BandId } from '../../content/vocabulary';
import { certificateStanding, progressState, type CertificateStanding } from '../../domain/learning';
import type { LessonProgress } from '../../domain/records';

export interface GroupSummary {
  total: number;
  completed: number;
  mastered: number;
}

export function summarise(lessons: readonly CatalogEntry[], progress: ReadonlyMap<string, LessonProgress>): GroupSummary {
  const states = lessons.map((lesson) => progressState(progress.get(lesson.id)).kind);
  return {
    total: lessons.length,
    completed: states.filter((kind) => kind === 'completed' || kind === 'mastered').length,
    mastered: states.filter((kind) => kind === 'mastered').length,
  };
}

export function isComplete(summary: GroupSummary): boolean {
  return summary.total > 0 && summary.completed === summary.total;
}

/**
 * Where a learner stands for the certificate of these lessons (the rule: src/domain/learning.ts): the
 * preschool band's asks only that each session's questions were answered, never a score.
 */
export function certificateFor(lessons: readonly CatalogEntry[], progress: ReadonlyMap<string, LessonProgress>): CertificateStanding<CatalogEntry> {
  const rule = lessons.length > 0 && lessons.every((lesson) => isPreschool(lesson.band)) ? 'finished' : 'half-right';
  return certificateStanding(lessons, (lesson) => progressState(progress.get(lesson.id)), rule);
}

/** The band the learner worked in last, so the map opens where they are. */
export function latestBand(catalog: readonly CatalogEntry[], progress: ReadonlyMap<string, LessonProgress>): BandId | undefined {
  const latest = [...progress.values()].sort((a, b) => b.updatedAt - a.updatedAt)[0];
  return latest ? catalog.find((entry) => entry.id === latest.lessonId)?.band : undefined;
}

export type NextStep = { kind: 'continue'; lesson: CatalogEntry } | { kind: 'next'; lesson: CatalogEntry } | { kind: 'done' };

/** The lesson left half-done most recently (in any band), else the first lesson of the band not yet done. */
export function nextStep(bandLessons: readonly CatalogEntry[], allLessons: readonly CatalogEntry[], progress: ReadonlyMap<string, LessonProgress>): NextStep {
  const inProgress = [...progress.values()]
    .filter((p) => progressState(p).kind === 'in-progress')
    .sort((a, b) => b.updatedAt - a.updatedAt)
    .map((p) => allLessons.find((lesson) => lesson.id === p.lessonId))
    .find((lesson) => lesson !== undefined);
  if (inProgress) return { kind: 'continue', lesson: inProgress };
  const next = bandLessons.find((lesson) => progressState(progress.get(lesson.id)).kind === 'not-started');
  return next ? { kind: 'next', lesson: next } : { kind: 'done' };
}

