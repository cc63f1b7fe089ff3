/** What a lesson's stored progress means for display: pure, so the UI needs no database code for it. */
import { MASTERY_PERCENT } from '../content/vocabulary';
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
