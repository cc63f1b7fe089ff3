/**
 * The learning rules, each defined once: what an attempt scored and when it counts as complete, how two
 * copies of one attempt merge, which of two times, profiles or attempts is the newer (with the cap on a
 * file's clock), a learner's best score, state, stars and mastery per lesson, and the key that says two
 * nicknames or class labels are the same. The quiz (src/db/attempts.ts), the progress map,
 * the import merge and the class report all use these, and tests/unit/domain/agreement.test.ts checks
 * that the numbers they show stay equal.
 *
 * Pure and structural (plain objects in, plain objects out): no React, no Dexie, no zod.
 */
import { cleanName } from './names';

/** A best score from this percentage up counts as mastered (two stars, the topic badge). */
export const MASTERY_PERCENT = 80;

// ---------------------------------------------------------------------------------------------------
// One attempt

/** What the rules read of an answer (a stored QuizAnswer and a file's answer both fit). */
export interface AnswerFacts {
  id: string;
  questionId: string;
  correct: boolean;
  /** ms since epoch */
  answeredAt: number;
}

/** What the rules read of an attempt; a stored QuizAttempt (src/domain/records.ts) extends it. */
export interface AttemptFacts {
  id: string;
  lessonId: string;
  /** Content hash of the lesson file the questions came from. */
  lessonVersion: string;
  questionCount: number;
  /** ms since epoch */
  startedAt: number;
  /** Set once the last question was answered: from then on the attempt is complete and never changes. */
  finishedAt?: number;
  /** Set with finishedAt, computed from the answers (scoreAnswers). */
  correctCount?: number;
  /** 0–100, rounded */
  scorePercent?: number;
}

/** 0–100, rounded; 0 for an empty quiz. */
export function scorePercent(correct: number, total: number): number {
  return total <= 0 ? 0 : Math.round((correct / total) * 100);
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The answer that counts for each question: the last one given. Equal times (a clock change, two tabs)
 * are settled by id, so every computer that holds the same answers picks the same one.
 */
export function finalAnswers<A extends AnswerFacts>(answers: readonly A[]): A[] {
  const byQuestion = new Map<string, A>();
  for (const answer of [...answers].sort((a, b) => a.answeredAt - b.answeredAt || compareText(a.id, b.id))) byQuestion.set(answer.questionId, answer);
  return [...byQuestion.values()];
}

export interface Score {
  correctCount: number;
  scorePercent: number;
}

/** What an attempt scored: its final answer per question, over all its questions (an unanswered one is wrong). */
export function scoreAnswers(answers: readonly AnswerFacts[], questionCount: number): Score {
  const correctCount = finalAnswers(answers).filter((answer) => answer.correct).length;
  return { correctCount, scorePercent: scorePercent(correctCount, questionCount) };
}

/** Whether the stored score of a finished attempt is the one its answers give (a file's numbers are never trusted). */
export function scoreMatches(attempt: Pick<AttemptFacts, 'questionCount' | 'correctCount' | 'scorePercent'>, answers: readonly AnswerFacts[]): boolean {
  const score = scoreAnswers(answers, attempt.questionCount);
  return score.correctCount === attempt.correctCount && score.scorePercent === attempt.scorePercent;
}

/** An attempt counts as complete once it is finished: however many questions were answered. */
export function isComplete(attempt: Pick<AttemptFacts, 'finishedAt'>): boolean {
  return attempt.finishedAt !== undefined;
}

/** A lesson in one language and one wording: what an attempt was taken on, and what the catalog has now. */
export interface LessonWording {
  id: string;
  locale: string;
  /** Content hash of the lesson file. */
  version: string;
}

/**
 * Whether an attempt was taken on this wording of the lesson: the same lesson, language and version. Only
 * then is a question id sure to name the question the learner saw (the review's "the lesson changed",
 * the report's "another wording", and which unfinished attempt a reload carries on).
 */
export function sameWording(attempt: Pick<AttemptFacts, 'lessonId' | 'lessonVersion'> & { locale: string }, lesson: LessonWording): boolean {
  return attempt.lessonId === lesson.id && attempt.locale === lesson.locale && attempt.lessonVersion === lesson.version;
}

/** Two copies of an attempt ask the same questions only with the same lesson, wording and question count. */
function sameQuiz(a: AttemptFacts, b: AttemptFacts): boolean {
  return a.lessonId === b.lessonId && a.lessonVersion === b.lessonVersion && a.questionCount === b.questionCount;
}

/**
 * What a second copy of an attempt (the same id, from another file or computer) changes in the first:
 * - 'keep': nothing. A complete attempt never changes, and a copy of another quiz is not trusted.
 * - 'add-answers': the first is unfinished; it gains the copy's answers it lacks (joined by id).
 * - 'complete': as 'add-answers', and the first is finished at the copy's time and scored again from
 *   all its answers.
 */
export type CopyMerge = 'keep' | 'add-answers' | 'complete';

export function mergeCopy(kept: AttemptFacts, other: AttemptFacts): CopyMerge {
  if (isComplete(kept) || !sameQuiz(kept, other)) return 'keep';
  return isComplete(other) ? 'complete' : 'add-answers';
}

/** Answers of two copies joined by id; the first copy's own answer wins a clash. */
export function joinAnswers<A extends { id: string }>(kept: readonly A[], other: readonly A[]): A[] {
  const ids = new Set(kept.map((answer) => answer.id));
  return [...kept, ...other.filter((answer) => !ids.has(answer.id))];
}

// ---------------------------------------------------------------------------------------------------
// Times written by other computers

/**
 * ms; how far ahead of this computer's clock another computer's time is still believed. A school PC
 * set to the wrong time zone runs up to 14 hours ahead, and clocks drift: a day covers both, and no
 * honest file is further ahead.
 */
export const CLOCK_TOLERANCE = 24 * 60 * 60_000;

/**
 * Where a time stands when the rules ask "which is newer" at `now` (this computer's clock, or the
 * moment the class report read its files). Files come from other computers, whose clocks may be wrong
 * and whose files may be edited by hand, so a date in the future is worth no more than the present:
 * - up to CLOCK_TOLERANCE ahead, the time counts as `now` (it cannot beat honest work done just now);
 * - further ahead it is not believed at all, and ranks below every believed time (a forged "2099"
 *   would otherwise win over everything, forever); among such times the later still ranks higher.
 */
function timeRank(time: number, now: number): [believed: number, time: number] {
  return time > now + CLOCK_TOLERANCE ? [0, time] : [1, Math.min(time, now)];
}

/** Negative when `a` is older than `b`, positive when newer, 0 when they count as the same moment (timeRank). */
export function compareTimes(a: number, b: number, now: number): number {
  const [believedA, timeA] = timeRank(a, now);
  const [believedB, timeB] = timeRank(b, now);
  return believedA - believedB || timeA - timeB;
}

/** A time to store from a file: never later than this computer's clock (the rows here then stay comparable with later work here). */
export function cappedTime(time: number, now: number): number {
  return Math.min(time, now);
}

/**
 * Whether `incoming`, another copy of a learner's profile (the same id, from a file), replaces `kept`:
 * only when it was changed later by compareTimes. A tie keeps `kept`. The import (src/domain/importMerge.ts,
 * where the user must also agree to a new nickname or class) and the class report both ask this.
 */
export function isNewerProfile(kept: { updatedAt: number }, incoming: { updatedAt: number }, now: number): boolean {
  return compareTimes(incoming.updatedAt, kept.updatedAt, now) > 0;
}

// ---------------------------------------------------------------------------------------------------
// The latest attempt

/** What the choice of "the latest" reads of an attempt. */
export type AttemptTimes = Pick<AttemptFacts, 'id' | 'startedAt' | 'finishedAt'>;

function latest<T>(items: readonly T[], attemptOf: (item: T) => AttemptTimes, later: (a: AttemptTimes, b: AttemptTimes) => number): T | undefined {
  let best: T | undefined;
  for (const item of items) if (best === undefined || later(attemptOf(item), attemptOf(best)) > 0) best = item;
  return best;
}

const itself = <T>(item: T) => item as unknown as AttemptTimes;

/**
 * The latest finished attempt at a lesson: the one finished last, because its answers are what the
 * learner knows now. The review page's "missed last time", the practice of those questions and the
 * class report's "latest finished attempt" table all show this one. Finishing, not starting, decides:
 * an attempt started on one computer and finished after a newer one elsewhere is still the last word.
 * Equal finishes are settled by the later start, then the greater id, so every computer and the report
 * pick the same one; times from files count as compareTimes says (a forged future date does not win).
 */
export function latestFinished<A extends AttemptTimes>(attempts: readonly A[], now: number): A | undefined;
export function latestFinished<T>(items: readonly T[], now: number, attemptOf: (item: T) => AttemptTimes): T | undefined;
export function latestFinished<T>(items: readonly T[], now: number, attemptOf: (item: T) => AttemptTimes = itself): T | undefined {
  return latest(
    items.filter((item) => isComplete(attemptOf(item))),
    attemptOf,
    (a, b) => compareTimes(a.finishedAt ?? 0, b.finishedAt ?? 0, now) || compareTimes(a.startedAt, b.startedAt, now) || compareText(a.id, b.id),
  );
}

/**
 * The latest attempt, finished or not, by its start (equal starts settled by id): the one a reload
 * carries on when it is unfinished (src/db/attempts.ts), and the progress row's lastAttemptId.
 */
export function latestStarted<A extends AttemptTimes>(attempts: readonly A[], now: number): A | undefined {
  return latest(attempts, itself, (a, b) => compareTimes(a.startedAt, b.startedAt, now) || compareText(a.id, b.id));
}

// ---------------------------------------------------------------------------------------------------
// One lesson of one learner

/** The summary per learner and lesson, as stored in the `progress` table (src/domain/records.ts). */
export interface ProgressRow {
  learnerId: string;
  lessonId: string;
  status: 'in-progress' | 'completed';
  /** Best score of a complete attempt, 0–100; absent until one is complete. */
  bestPercent?: number;
  finishedAttempts: number;
  /** The latest attempt by start (latestStarted). */
  lastAttemptId: string;
  /** The latest start, answer or finish of any attempt, ms since epoch. */
  updatedAt: number;
}

/** Best score among the complete attempts; undefined when none is complete. */
export function bestPercent(attempts: readonly Pick<AttemptFacts, 'finishedAt' | 'scorePercent'>[]): number | undefined {
  const scores = attempts.filter(isComplete).map((attempt) => attempt.scorePercent ?? 0);
  return scores.length === 0 ? undefined : Math.max(...scores);
}

/**
 * The progress row of one lesson from all of the learner's attempts at it (at least one) and their
 * answers (which move `updatedAt` to the last answer). The quiz writes this after every start, answer
 * and finish, and an import after merging, so both give the same row for the same history.
 */
export function summariseLesson(
  learnerId: string,
  lessonId: string,
  attempts: readonly AttemptFacts[],
  answers: readonly { attemptId: string; answeredAt: number }[] = [],
  now = Date.now(),
): ProgressRow {
  const first = attempts[0];
  if (!first) throw new TypeError('a progress row needs at least one attempt');
  const lastAnswerAt = new Map<string, number>();
  for (const answer of answers) lastAnswerAt.set(answer.attemptId, Math.max(lastAnswerAt.get(answer.attemptId) ?? answer.answeredAt, answer.answeredAt));
  const last = latestStarted(attempts, now) ?? first;
  const updatedAt = attempts.reduce((time, attempt) => Math.max(time, attempt.startedAt, attempt.finishedAt ?? 0, lastAnswerAt.get(attempt.id) ?? 0), 0);
  const best = bestPercent(attempts);
  const row: ProgressRow = {
    learnerId,
    lessonId,
    status: best === undefined ? 'in-progress' : 'completed',
    finishedAttempts: attempts.filter(isComplete).length,
    lastAttemptId: last.id,
    updatedAt,
  };
  if (best !== undefined) row.bestPercent = best;
  return row;
}

/** One progress row per lesson the learner has attempts at, sorted by lesson id. */
export function deriveProgress(
  learnerId: string,
  attempts: readonly (AttemptFacts & { learnerId: string })[],
  answers: readonly { attemptId: string; answeredAt: number }[] = [],
  now = Date.now(),
): ProgressRow[] {
  const byLesson = new Map<string, AttemptFacts[]>();
  for (const attempt of attempts) {
    if (attempt.learnerId !== learnerId) continue;
    const list = byLesson.get(attempt.lessonId);
    if (list) list.push(attempt);
    else byLesson.set(attempt.lessonId, [attempt]);
  }
  const ids = new Set(attempts.map((attempt) => attempt.id));
  const own = answers.filter((answer) => ids.has(answer.attemptId));
  return [...byLesson.entries()].sort(([a], [b]) => compareText(a, b)).map(([lessonId, list]) => summariseLesson(learnerId, lessonId, list, own, now));
}

// ---------------------------------------------------------------------------------------------------
// What a learner, and a teacher, see

export type LessonState =
  | { kind: 'not-started' }
  | { kind: 'in-progress' }
  | { kind: 'completed'; bestPercent: number }
  | { kind: 'mastered'; bestPercent: number };

function stateFromBest(best: number | undefined, started: boolean): LessonState {
  if (best === undefined) return started ? { kind: 'in-progress' } : { kind: 'not-started' };
  return best >= MASTERY_PERCENT ? { kind: 'mastered', bestPercent: best } : { kind: 'completed', bestPercent: best };
}

/** A lesson's state from its stored progress row (the progress map, the lesson list). */
export function progressState(progress: Pick<ProgressRow, 'status' | 'bestPercent'> | undefined): LessonState {
  if (!progress) return { kind: 'not-started' };
  return stateFromBest(progress.status === 'completed' ? progress.bestPercent : undefined, true);
}

/** A lesson's state straight from the attempts (the class report, which has files, not progress rows). */
export function attemptsState(attempts: readonly Pick<AttemptFacts, 'finishedAt' | 'scorePercent'>[]): LessonState {
  return stateFromBest(bestPercent(attempts), attempts.length > 0);
}

/** 1 star for a complete quiz, 2 from the mastery score, 3 for every answer right. */
export function starsFor(state: LessonState): 0 | 1 | 2 | 3 {
  if (state.kind === 'completed') return 1;
  if (state.kind === 'mastered') return state.bestPercent === 100 ? 3 : 2;
  return 0;
}

// ---------------------------------------------------------------------------------------------------
// The default profile

/** The nickname of the profile a new browser starts with (and of a nickname the v3 repair emptied). */
export const DEFAULT_LEARNER_NICKNAME = 'Học sinh';

/**
 * A profile nobody used: the automatic default, never renamed, no class, no quiz. It is left out of an
 * "everyone" file and of the class report, where it would be an empty row that tells a teacher nothing
 * (two computers: "1/4 done" instead of "1/2"). The whole-computer backup still keeps it.
 */
export function isUnusedDefaultLearner(learner: { nickname: string; classLabel?: string; attempts: readonly unknown[] }): boolean {
  return learner.nickname === DEFAULT_LEARNER_NICKNAME && !learner.classLabel && learner.attempts.length === 0;
}

// ---------------------------------------------------------------------------------------------------
// Certificates

/** A certificate of completion needs every lesson finished with at least this score (half right). */
export const CERTIFICATE_PERCENT = 50;

/** Why a lesson stands between a learner and a certificate. */
export type CertificateGap = 'not-finished' | 'below-half';

export interface CertificateStanding<L> {
  earned: boolean;
  /** Lessons still to do, in the given order, each with what is missing. */
  left: { lesson: L; gap: CertificateGap; bestPercent?: number }[];
}

/**
 * What a certificate asks of each lesson: `half-right`, a finished quiz at least half right (the school
 * bands); `finished`, a finished quiz whatever its score (the preschool band, whose picture questions a
 * child answers together with an adult and whose score the child is never shown).
 */
export type CertificateRule = 'half-right' | 'finished';

/**
 * A topic's or band's certificate: earned once every lesson in it (at least one) has a finished quiz
 * whose best score is at least half right (under `half-right`). One finished quiz with 13% is not a
 * completion there.
 */
export function certificateStanding<L>(lessons: readonly L[], stateOf: (lesson: L) => LessonState, rule: CertificateRule = 'half-right'): CertificateStanding<L> {
  const left: CertificateStanding<L>['left'] = [];
  for (const lesson of lessons) {
    const state = stateOf(lesson);
    if (state.kind === 'not-started' || state.kind === 'in-progress') left.push({ lesson, gap: 'not-finished' });
    else if (rule === 'half-right' && state.bestPercent < CERTIFICATE_PERCENT) left.push({ lesson, gap: 'below-half', bestPercent: state.bestPercent });
  }
  return { earned: lessons.length > 0 && left.length === 0, left };
}

// ---------------------------------------------------------------------------------------------------
// Names

/**
 * The key under which two nicknames or two class labels are the same: "Lan", " lan ", "LAN" and a
 * decomposed "Lan" match, and so do "6A" and "6a". Spaces inside count once ("Lan  Anh" = "Lan Anh").
 * Import uses it to ask whether two learners are one child, the report to group classes.
 */
export function nameKey(text: string): string {
  return cleanName(text).replace(/\s+/gu, ' ').toLocaleLowerCase('vi');
}
