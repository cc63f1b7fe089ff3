/**
 * Where quiz answers are saved. Each function validates its input, then writes every table it touches
 * in one transaction, so an attempt, its answers and the progress summary never disagree.
 */
import type { Locale } from '../content/vocabulary';
import { getDatabase } from './db';
import { newId } from './ids';
import type { LessonProgress, QuizAnswer, QuizAttempt } from './types';

export interface LessonRef {
  id: string;
  locale: Locale;
  version: string;
  questionCount: number;
}

export async function startAttempt(learnerId: string, lesson: LessonRef, now = Date.now()): Promise<QuizAttempt> {
  if (!learnerId) throw new TypeError('startAttempt needs a learner');
  if (!Number.isInteger(lesson.questionCount) || lesson.questionCount < 1) throw new TypeError('a quiz needs at least one question');
  const db = getDatabase();
  const attempt: QuizAttempt = {
    id: newId(),
    learnerId,
    lessonId: lesson.id,
    locale: lesson.locale,
    lessonVersion: lesson.version,
    questionCount: lesson.questionCount,
    startedAt: now,
  };
  await db.transaction('rw', db.attempts, db.progress, async () => {
    await db.attempts.add(attempt);
    const progress = await db.progress.get({ learnerId, lessonId: lesson.id });
    await db.progress.put(
      progress
        ? { ...progress, lastAttemptId: attempt.id, updatedAt: now }
        : { learnerId, lessonId: lesson.id, status: 'in-progress', finishedAttempts: 0, lastAttemptId: attempt.id, updatedAt: now },
    );
  });
  return attempt;
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
  await db.transaction('rw', db.answers, db.progress, async () => {
    await db.answers.add(answer);
    await db.progress.update([attempt.learnerId, attempt.lessonId], { updatedAt: now });
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
    const answers = latestAnswerPerQuestion(await db.answers.where('attemptId').equals(attemptId).toArray());
    const correctCount = answers.filter((a) => a.correct).length;
    const scorePercent = Math.round((correctCount / attempt.questionCount) * 100);
    const finished: QuizAttempt = { ...attempt, finishedAt: now, correctCount, scorePercent };
    await db.attempts.put(finished);

    const previous = await db.progress.get({ learnerId: attempt.learnerId, lessonId: attempt.lessonId });
    const progress: LessonProgress = {
      learnerId: attempt.learnerId,
      lessonId: attempt.lessonId,
      status: 'completed',
      bestPercent: Math.max(previous?.bestPercent ?? 0, scorePercent),
      finishedAttempts: (previous?.finishedAttempts ?? 0) + 1,
      lastAttemptId: attempt.id,
      updatedAt: now,
    };
    await db.progress.put(progress);
    return finished;
  });
}

export interface ResumableAttempt {
  attempt: QuizAttempt;
  answers: QuizAnswer[];
}

/** An unfinished attempt on the same wording of the lesson, to carry on after a reload. */
export async function findResumableAttempt(learnerId: string, lesson: Pick<LessonRef, 'id' | 'version'>): Promise<ResumableAttempt | undefined> {
  const db = getDatabase();
  return db.transaction('r', db.attempts, db.answers, async () => {
    const attempts = await db.attempts.where('[learnerId+lessonId]').equals([learnerId, lesson.id]).sortBy('startedAt');
    const latest = attempts.at(-1);
    if (!latest || latest.finishedAt !== undefined || latest.lessonVersion !== lesson.version) return undefined;
    const answers = await db.answers.where('attemptId').equals(latest.id).sortBy('answeredAt');
    return { attempt: latest, answers: latestAnswerPerQuestion(answers) };
  });
}

export async function getAttempt(attemptId: string): Promise<QuizAttempt | undefined> {
  return getDatabase().attempts.get(attemptId);
}

function latestAnswerPerQuestion(answers: QuizAnswer[]): QuizAnswer[] {
  const byQuestion = new Map<string, QuizAnswer>();
  for (const answer of [...answers].sort((a, b) => a.answeredAt - b.answeredAt)) byQuestion.set(answer.questionId, answer);
  return [...byQuestion.values()];
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
      attempts.map(async (attempt) => ({ attempt, answers: latestAnswerPerQuestion(await db.answers.where('attemptId').equals(attempt.id).toArray()) })),
    );
  });
}
