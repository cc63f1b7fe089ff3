/**
 * Where quiz answers are saved. Each function validates its input, then writes every table it touches
 * in one transaction, so an attempt, its answers and the progress summary never disagree. The score and
 * the summary come from the learning rules (src/domain/learning.ts), as on import.
 */
import type { Locale } from '../content/vocabulary';
import { finalAnswers, latestStarted, sameWording, scoreAnswers, summariseLesson } from '../domain/learning';
import { getDatabase } from './db';
import { newId } from './ids';
import type { QuizAnswer, QuizAttempt } from '../domain/records';

export interface LessonRef {
  id: string;
  locale: Locale;
  version: string;
  questionCount: number;
}

/**
 * `id` may be chosen before the attempt is saved: the quiz shows the first question, options shuffled by
 * the attempt's id (optionOrder), before the first answer starts the attempt.
 *
 * One attempt at a time per learner and lesson: where the learner's latest attempt at the lesson is still
 * open on the same wording, that attempt is returned and no other is started. So the same quiz open in two
 * tabs (each chose its id before its first answer) writes into one attempt, which either tab can finish,
 * instead of leaving the other tab's attempt "đang làm dở" for good.
 */
export async function startAttempt(learnerId: string, lesson: LessonRef, now = Date.now(), id = newId()): Promise<QuizAttempt> {
  if (!learnerId) throw new TypeError('startAttempt needs a learner');
  if (!id) throw new TypeError('an attempt needs an id');
  if (!Number.isInteger(lesson.questionCount) || lesson.questionCount < 1) throw new TypeError('a quiz needs at least one question');
  const db = getDatabase();
  const attempt: QuizAttempt = {
    id,
    learnerId,
    lessonId: lesson.id,
    locale: lesson.locale,
    lessonVersion: lesson.version,
    questionCount: lesson.questionCount,
    startedAt: now,
  };
  return db.transaction('rw', db.attempts, db.answers, db.progress, async () => {
    const latest = latestStarted(await db.attempts.where('[learnerId+lessonId]').equals([learnerId, lesson.id]).toArray(), now);
    if (latest && latest.finishedAt === undefined && sameWording(latest, lesson)) return latest;
    await db.attempts.add(attempt);
    await summarise(learnerId, lesson.id);
    return attempt;
  });
}

/** An answer arrived for an attempt that is already finished (in another tab): it is not saved. */
export class AttemptFinishedError extends Error {
  constructor(readonly attemptId: string) {
    super(`the quiz attempt ${attemptId} is already finished`);
    this.name = 'AttemptFinishedError';
  }
}

export interface AnswerInput {
  questionId: string;
  selected: number[];
  correct: boolean;
}

export async function recordAnswer(attempt: QuizAttempt, input: AnswerInput, now = Date.now()): Promise<QuizAnswer> {
  if (!input.questionId) throw new TypeError('an answer needs its question id');
  if (!input.selected.every((i) => Number.isInteger(i) && i >= 0)) throw new TypeError('selected options must be option indexes');
  const db = getDatabase();
  const answer: QuizAnswer = {
    id: newId(),
    attemptId: attempt.id,
    learnerId: attempt.learnerId,
    lessonId: attempt.lessonId,
    lessonVersion: attempt.lessonVersion,
    questionId: input.questionId,
    selected: [...input.selected].sort((a, b) => a - b),
    correct: input.correct,
    answeredAt: now,
  };
  await db.transaction('rw', db.attempts, db.answers, db.progress, async () => {
    // A finished attempt's score is its answers': an answer added later would make the two disagree.
    if ((await db.attempts.get(attempt.id))?.finishedAt !== undefined) throw new AttemptFinishedError(attempt.id);
    await db.answers.add(answer);
    await summarise(attempt.learnerId, attempt.lessonId);
  });
  return answer;
}

/** Scores the attempt from its stored answers (the last answer per question counts). */
export async function finishAttempt(attemptId: string, now = Date.now()): Promise<QuizAttempt> {
  const db = getDatabase();
  return db.transaction('rw', db.attempts, db.answers, db.progress, async () => {
    const attempt = await db.attempts.get(attemptId);
    if (!attempt) throw new Error(`no quiz attempt ${attemptId}`);
    if (attempt.finishedAt !== undefined) return attempt;
    const score = scoreAnswers(await db.answers.where('attemptId').equals(attemptId).toArray(), attempt.questionCount);
    const finished: QuizAttempt = { ...attempt, finishedAt: now, ...score };
    await db.attempts.put(finished);
    await summarise(attempt.learnerId, attempt.lessonId);
    return finished;
  });
}

export interface ResumableAttempt {
  attempt: QuizAttempt;
  answers: QuizAnswer[];
}

/** An unfinished attempt on the same wording of the lesson, to carry on after a reload. */
export async function findResumableAttempt(learnerId: string, lesson: Pick<LessonRef, 'id' | 'locale' | 'version'>, now = Date.now()): Promise<ResumableAttempt | undefined> {
  const db = getDatabase();
  return db.transaction('r', db.attempts, db.answers, async () => {
    const latest = latestStarted(await db.attempts.where('[learnerId+lessonId]').equals([learnerId, lesson.id]).toArray(), now);
    if (!latest || latest.finishedAt !== undefined || !sameWording(latest, lesson)) return undefined;
    const answers = await db.answers.where('attemptId').equals(latest.id).sortBy('answeredAt');
    return { attempt: latest, answers: finalAnswers(answers) };
  });
}

export async function getAttempt(attemptId: string): Promise<QuizAttempt | undefined> {
  return getDatabase().attempts.get(attemptId);
}

export interface AttemptWithAnswers {
  attempt: QuizAttempt;
  answers: QuizAnswer[];
}

/** A learner's attempts at one lesson, newest first, each with its final answer per question. */
export async function listAttempts(learnerId: string, lessonId: string): Promise<AttemptWithAnswers[]> {
  const db = getDatabase();
  return db.transaction('r', db.attempts, db.answers, async () => {
    const attempts = await db.attempts.where('[learnerId+lessonId]').equals([learnerId, lessonId]).toArray();
    attempts.sort((a, b) => b.startedAt - a.startedAt);
    return Promise.all(
      attempts.map(async (attempt) => ({ attempt, answers: finalAnswers(await db.answers.where('attemptId').equals(attempt.id).toArray()) })),
    );
  });
}

/**
 * Rewrites the learner's progress row for a lesson from all their attempts at it (inside the caller's
 * transaction): the same rule an import uses, so the quiz and an import give the same row.
 */
async function summarise(learnerId: string, lessonId: string): Promise<void> {
  const db = getDatabase();
  const attempts = await db.attempts.where('[learnerId+lessonId]').equals([learnerId, lessonId]).toArray();
  const answers = await db.answers.where('[learnerId+lessonId]').equals([learnerId, lessonId]).toArray();
  const previous = await db.progress.get({ learnerId, lessonId });
  const row = summariseLesson(learnerId, lessonId, attempts, answers);
  // Never back in time: the stored row may have seen a moment no remaining attempt records.
  await db.progress.put({ ...row, updatedAt: Math.max(row.updatedAt, previous?.updatedAt ?? 0) });
}
