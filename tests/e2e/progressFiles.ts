/**
 * Progress files as the app writes them (docs/export-format.md), made from the built lessons for the
 * e2e tests that feed a class report: learners whose answers are right or wrong by question.
 */
import type { LessonBody, Question } from '../../src/content/types';

const MINUTE = 60_000; // ms

/** Option indexes that answer a question right, or the first wrong option. */
export function choice(question: Question, right: boolean): number[] {
  const correct = question.options.flatMap((option, i) => (option.correct ? [i] : []));
  return right ? correct : [question.options.findIndex((option) => !option.correct)];
}

export interface LearnerSpec {
  id: string;
  nickname: string;
  classLabel: string;
  avatar: string;
  /** per lesson: which questions are answered right; `finished: false` leaves the attempt open */
  attempts: { lesson: LessonBody; id: string; right: (index: number) => boolean; finished?: boolean }[];
}

/** A progress file as the app writes it (docs/export-format.md), times in the recent past. */
export function progressFile(learners: LearnerSpec[]): string {
  const start = Date.now() - 3 * 24 * 60 * MINUTE;
  const lessons: Record<string, string[]> = {};
  const body = learners.map((learner) => ({
    id: learner.id,
    nickname: learner.nickname,
    avatar: learner.avatar,
    classLabel: learner.classLabel,
    createdAt: start,
    updatedAt: start,
    attempts: learner.attempts.map(({ lesson, id, right, finished = true }, n) => {
      lessons[lesson.id] = [lesson.version];
      const startedAt = start + (n + 1) * 10 * MINUTE;
      const asked = finished ? lesson.quiz : lesson.quiz.slice(0, 1);
      const answers = asked.map((question, i) => ({
        id: `${id}-answer-${i}`,
        questionId: question.id,
        selected: choice(question, right(i)),
        correct: right(i),
        answeredAt: startedAt + (i + 1) * 20_000,
      }));
      const correctCount = answers.filter((a) => a.correct).length;
      return {
        id,
        lessonId: lesson.id,
        locale: lesson.locale,
        lessonVersion: lesson.version,
        questionCount: lesson.quiz.length,
        startedAt,
        ...(finished
          ? { finishedAt: startedAt + 5 * MINUTE, correctCount, scorePercent: Math.round((correctCount / lesson.quiz.length) * 100) }
          : {}),
        answers,
      };
    }),
  }));
  return JSON.stringify({
    format: 'mang-an-toan/progress',
    formatVersion: 1,
    appVersion: '0.1.0',
    exportedAt: new Date(start + 24 * 60 * MINUTE).toISOString(),
    kind: 'learners',
    lessons,
    learners: body,
  });
}
