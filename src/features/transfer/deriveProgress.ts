/**
 * The `progress` table is a summary of attempts (src/db/types.ts). The quiz keeps it up to date one
 * event at a time (src/db/attempts.ts); an import adds and completes many attempts at once, so it
 * rebuilds the summary from the attempts instead. Pure, so the rules can be tested without a database,
 * and written to give the same rows the quiz would have written for the same history.
 */
import type { LessonProgress, QuizAnswer, QuizAttempt } from '../../db/types';

/**
 * One progress row per lesson the learner has attempts for, sorted by lesson id.
 * `answers` (optional) move `updatedAt` to the last answer, as recordAnswer does.
 */
export function deriveProgress(
  learnerId: string,
  attempts: readonly QuizAttempt[],
  answers: readonly Pick<QuizAnswer, 'attemptId' | 'answeredAt'>[] = [],
): LessonProgress[] {
  const lastAnswerAt = new Map<string, number>();
  for (const answer of answers) lastAnswerAt.set(answer.attemptId, Math.max(lastAnswerAt.get(answer.attemptId) ?? answer.answeredAt, answer.answeredAt));

  const byLesson = new Map<string, QuizAttempt[]>();
  for (const attempt of attempts) {
    if (attempt.learnerId !== learnerId) continue;
    const list = byLesson.get(attempt.lessonId);
    if (list) list.push(attempt);
    else byLesson.set(attempt.lessonId, [attempt]);
  }

  return [...byLesson.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([lessonId, lessonAttempts]) => summarise(learnerId, lessonId, lessonAttempts, lastAnswerAt));
}

function summarise(learnerId: string, lessonId: string, attempts: QuizAttempt[], lastAnswerAt: Map<string, number>): LessonProgress {
  const finished = attempts.filter((attempt) => attempt.finishedAt !== undefined);
  // Latest by start; equal starts (two tabs, a clock change) are settled by id so the result is stable.
  const latest = attempts.reduce((a, b) => (b.startedAt > a.startedAt || (b.startedAt === a.startedAt && b.id > a.id) ? b : a));
  const updatedAt = attempts.reduce((time, attempt) => Math.max(time, attempt.startedAt, attempt.finishedAt ?? 0, lastAnswerAt.get(attempt.id) ?? 0), 0);

  const progress: LessonProgress = {
    learnerId,
    lessonId,
    status: finished.length > 0 ? 'completed' : 'in-progress',
    finishedAttempts: finished.length,
    lastAttemptId: latest.id,
    updatedAt,
  };
  if (finished.length > 0) progress.bestPercent = finished.reduce((best, attempt) => Math.max(best, attempt.scorePercent ?? 0), 0);
  return progress;
}
