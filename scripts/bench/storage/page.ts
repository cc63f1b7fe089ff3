/**
 * Runs in Chromium, on the app's origin, built by Vite from the app's own database code: the schema
 * (src/db/db.ts), the functions the quiz saves with (src/db/attempts.ts) and the learning rules that
 * score and summarise (src/domain/learning.ts). Nothing here redefines a table or a rule; it only fills
 * the database in bulk, as years of use on a shared school computer would, and times the quiz's writes.
 */
import { finishAttempt, recordAnswer, startAttempt } from '../../../src/db/attempts.ts';
import { DEFAULT_AVATAR, getDatabase } from '../../../src/db/db.ts';
import { newId } from '../../../src/db/ids.ts';
import { switchLearner } from '../../../src/db/learners.ts';
import type { Learner, QuizAnswer, QuizAttempt } from '../../../src/domain/records.ts';
import { deriveProgress, scoreAnswers } from '../../../src/domain/learning.ts';

export interface SeedLesson {
  id: string;
  version: string;
  questionIds: string[];
}

export interface SeedOptions {
  /** Lists of lessons, named by index in `learners`. */
  lessonSets: SeedLesson[][];
  /**
   * One entry per learner: which lessons they did, and how many quiz runs (finished, all answered).
   * `answers: false` stores the runs and the progress rows but not the answer rows, which are most of
   * the seeding time (six or seven per run).
   */
  learners: { lessonSet: number; attempts: number; answers: boolean }[];
}

export interface StorageBench {
  /** Fills the database; returns the learners' ids in the order given. */
  seed(options: SeedOptions): Promise<string[]>;
  /** Makes `learnerId` the current learner, as "Ai đang học?" does. */
  use(learnerId: string): Promise<void>;
  /** Plays `attempts` quizzes of `lesson` as `learnerId`; returns the time of each recordAnswer, ms. */
  timeAnswers(learnerId: string, lesson: SeedLesson, attempts: number): Promise<number[]>;
  counts(): Promise<Record<string, number>>;
}

const DAY = 24 * 60 * 60 * 1000;

/** A small seeded generator, so every run stores the same history. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

async function seed({ lessonSets, learners }: SeedOptions): Promise<string[]> {
  const db = getDatabase();
  const next = random(42);
  const start = Date.now() - 2 * 365 * DAY;
  const ids: string[] = [];
  for (const [l, { lessonSet, attempts: count, answers: storeAnswers }] of learners.entries()) {
    const lessons = lessonSets[lessonSet] ?? [];
    if (lessons.length === 0) throw new Error(`learner ${l + 1}: no lessons with a quiz in set ${lessonSet}`);
    const learner: Learner = { id: newId(), nickname: `Bench ${l + 1}`, avatar: DEFAULT_AVATAR, createdAt: start + l, updatedAt: start + l };
    const attempts: QuizAttempt[] = [];
    const answers: QuizAnswer[] = [];
    for (let a = 0; a < count; a++) {
      const lesson = lessons[(a + l) % lessons.length]!;
      const startedAt = start + l * 1000 + a * (DAY / 2);
      const attempt: QuizAttempt = {
        id: newId(),
        learnerId: learner.id,
        lessonId: lesson.id,
        locale: 'vi',
        lessonVersion: lesson.version,
        questionCount: lesson.questionIds.length,
        startedAt,
      };
      const own = lesson.questionIds.map((questionId, q): QuizAnswer => {
        const correct = next() < 0.8;
        return {
          id: newId(),
          attemptId: attempt.id,
          learnerId: learner.id,
          lessonId: lesson.id,
          lessonVersion: lesson.version,
          questionId,
          selected: [correct ? 0 : 1],
          correct,
          answeredAt: startedAt + (q + 1) * 20_000,
        };
      });
      attempts.push({ ...attempt, finishedAt: startedAt + (own.length + 1) * 20_000, ...scoreAnswers(own, attempt.questionCount) });
      answers.push(...own);
    }
    const progress = deriveProgress(learner.id, attempts, answers);
    await db.transaction('rw', [db.learners, db.attempts, db.answers, db.progress], async () => {
      await db.learners.add(learner);
      await db.attempts.bulkAdd(attempts);
      if (storeAnswers) await db.answers.bulkAdd(answers);
      await db.progress.bulkAdd(progress);
    });
    ids.push(learner.id);
  }
  return ids;
}

async function timeAnswers(learnerId: string, lesson: SeedLesson, attempts: number): Promise<number[]> {
  const samples: number[] = [];
  const ref = { id: lesson.id, locale: 'vi' as const, version: lesson.version, questionCount: lesson.questionIds.length };
  for (let a = 0; a < attempts; a++) {
    const attempt = await startAttempt(learnerId, ref);
    for (const questionId of lesson.questionIds) {
      const started = performance.now();
      await recordAnswer(attempt, { questionId, selected: [0], correct: true });
      samples.push(performance.now() - started);
    }
    await finishAttempt(attempt.id);
  }
  return samples;
}

async function counts(): Promise<Record<string, number>> {
  const db = getDatabase();
  return { learners: await db.learners.count(), attempts: await db.attempts.count(), answers: await db.answers.count(), progress: await db.progress.count() };
}

(window as unknown as { storageBench: StorageBench }).storageBench = { seed, use: switchLearner, timeAnswers, counts };
document.body.dataset.ready = 'true';
