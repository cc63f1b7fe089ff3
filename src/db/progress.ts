/** Reading progress: per lesson for one learner, and what a lesson's state means for display. */
import { MASTERY_PERCENT } from '../content/vocabulary';
import { getDatabase } from './db';
import type { LessonProgress } from './types';

export type ProgressState =
  | { kind: 'not-started' }
  | { kind: 'in-progress' }
  | { kind: 'completed'; bestPercent: number }
  | { kind: 'mastered'; bestPercent: number };

export function progressState(progress: LessonProgress | undefined): ProgressState {
  if (!progress) return { kind: 'not-started' };
  if (progress.status !== 'completed' || progress.bestPercent === undefined) return { kind: 'in-progress' };
  return progress.bestPercent >= MASTERY_PERCENT
    ? { kind: 'mastered', bestPercent: progress.bestPercent }
    : { kind: 'completed', bestPercent: progress.bestPercent };
}

export async function progressByLesson(learnerId: string): Promise<Map<string, LessonProgress>> {
  const rows = await getDatabase().progress.where('learnerId').equals(learnerId).toArray();
  return new Map(rows.map((row) => [row.lessonId, row]));
}
