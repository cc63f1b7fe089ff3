/**
 * The class report, built from learners' progress files alone: no server, nothing stored.
 *
 * A teacher collects files from many computers, and the same child or the same quiz run often arrives
 * twice (a backup and a single export, a file sent again). Ids are random and stable across computers
 * (docs/export-format.md), so a learner id or an attempt id seen again is the same one and counts once,
 * following the import's merge rules: the newer profile wins (isNewerProfile), and two copies of an
 * attempt merge by the learning rules (src/domain/learning.ts) the import and the learner's own progress
 * map use too. The files' clocks are not trusted: every "newer" and "latest" is judged at the moment the
 * files were read (`now`), where a date in the future counts for no more than that moment and a date
 * far in the future for nothing (compareTimes).
 *
 * Pure functions over plain data, so every rule is unit-tested without files, a DOM or zod.
 */
import { compareLessons } from '../../content/lessonOrder';
import { inReaderLanguage } from '../../content/readerLanguage';
import type { CatalogEntry, Question } from '../../content/types';
import type { BandId, Locale, TopicId } from '../../content/vocabulary';
import { attemptsState, finalAnswers, isNewerProfile, isUnusedDefaultLearner, joinAnswers, latestFinished, mergeCopy, nameKey, scoreAnswers, sameWording } from '../../domain/learning';
import type { ExportedAnswer, ExportedAttempt, ExportedLearner } from '../../domain/progressFile';
import { isIncomplete, wrongOptions } from '../../domain/quiz';

/** What the report reads of a progress file (a parsed TransferFile fits). */
export interface ReportSource {
  learners: readonly ExportedLearner[];
}

export interface ClassLearner {
  id: string;
  nickname: string;
  classLabel?: string;
  /** What tells two look-alike rows apart (src/ui/learnerName.ts: tellApart). */
  avatar: ExportedLearner['avatar'];
  /** ms since epoch */
  createdAt: number;
  /** ms since epoch, as the file says; the newer copy of a profile wins (isNewerProfile) */
  updatedAt: number;
  attempts: ExportedAttempt[];
}

/** Every learner of every file, each learner and each attempt once. */
export interface ClassData {
  learners: ClassLearner[];
  attemptCount: number;
}

/** `now`: this computer's clock when the files were read, against which their dates are judged. */
export function mergeSources(sources: readonly ReportSource[], now = Date.now()): ClassData {
  const learners = new Map<string, ClassLearner>();
  /** attempt id → the attempt and the learner it was first seen under (where it stays, as on import) */
  const attempts = new Map<string, { learnerId: string; attempt: ExportedAttempt }>();

  for (const source of sources) {
    for (const learner of source.learners) {
      if (isUnusedDefaultLearner(learner)) continue;
      const known = learners.get(learner.id);
      if (!known) {
        const { id, nickname, classLabel, avatar, createdAt, updatedAt } = learner;
        learners.set(learner.id, { id, nickname, classLabel, avatar, createdAt, updatedAt, attempts: [] });
      } else if (isNewerProfile(known, learner, now)) {
        Object.assign(known, { nickname: learner.nickname, classLabel: learner.classLabel, avatar: learner.avatar, updatedAt: learner.updatedAt });
      }
      for (const attempt of learner.attempts) {
        const seen = attempts.get(attempt.id);
        attempts.set(attempt.id, seen ? { ...seen, attempt: mergeAttempt(seen.attempt, attempt) } : { learnerId: learner.id, attempt });
      }
    }
  }

  for (const { learnerId, attempt } of attempts.values()) learners.get(learnerId)?.attempts.push(attempt);
  return { learners: [...learners.values()], attemptCount: attempts.size };
}

/** Two copies of one attempt, merged as an import would merge them (src/domain/learning.ts: mergeCopy). */
function mergeAttempt(kept: ExportedAttempt, other: ExportedAttempt): ExportedAttempt {
  const change = mergeCopy(kept, other);
  if (change === 'keep') return kept;
  const answers = joinAnswers(kept.answers, other.answers);
  if (change === 'add-answers') return { ...kept, answers };
  return { ...kept, finishedAt: other.finishedAt, ...scoreAnswers(answers, kept.questionCount), answers };
}

// ---------------------------------------------------------------------------------------------------
// Classes

export type ClassFilter = { kind: 'all' } | { kind: 'class'; key: string } | { kind: 'none' };

export interface ClassOption {
  key: string;
  /** The spelling seen first, e.g. "6A" */
  label: string;
  learners: number;
}

/** "6A", "6a" and a differently encoded "Lớp 6A" are one class: children type labels by hand. */
export const classKey = nameKey;

const collator = new Intl.Collator('vi', { numeric: true, sensitivity: 'base' });

/** The classes found in the data, in natural order ("6A" before "10A"), and how many learners have none. */
export function classesOf(learners: readonly ClassLearner[]): { classes: ClassOption[]; unlabelled: number } {
  const classes = new Map<string, ClassOption>();
  let unlabelled = 0;
  for (const learner of learners) {
    if (learner.classLabel === undefined) {
      unlabelled += 1;
      continue;
    }
    const key = classKey(learner.classLabel);
    const option = classes.get(key);
    if (option) option.learners += 1;
    else classes.set(key, { key, label: learner.classLabel, learners: 1 });
  }
  return { classes: [...classes.values()].sort((a, b) => collator.compare(a.label, b.label)), unlabelled };
}

export function filterLearners(learners: readonly ClassLearner[], filter: ClassFilter): ClassLearner[] {
  switch (filter.kind) {
    case 'all':
      return [...learners];
    case 'none':
      return learners.filter((learner) => learner.classLabel === undefined);
    case 'class':
      return learners.filter((learner) => learner.classLabel !== undefined && classKey(learner.classLabel) === filter.key);
  }
}

/** By class (learners with none last), then nickname, then id (so two "Lan" in one class keep a stable order). */
export function sortLearners(learners: readonly ClassLearner[]): ClassLearner[] {
  return [...learners].sort((a, b) => compareClass(a.classLabel, b.classLabel) || collator.compare(a.nickname, b.nickname) || compareText(a.id, b.id));
}

function compareClass(a: string | undefined, b: string | undefined): number {
  if (a === undefined || b === undefined) return (a === undefined ? 1 : 0) - (b === undefined ? 1 : 0);
  return collator.compare(a, b);
}

// ---------------------------------------------------------------------------------------------------
// Lessons (the table's columns)

/**
 * Every lesson of each band the data has attempts in, in the wanted language (or another one when not
 * translated), in teaching order: band, topic, position in the topic.
 */
export function reportLessons(learners: readonly ClassLearner[], catalog: readonly CatalogEntry[], locale: Locale): CatalogEntry[] {
  const attempted = new Set(learners.flatMap((learner) => learner.attempts.map((attempt) => attempt.lessonId)));
  const bands = new Set(catalog.filter((entry) => attempted.has(entry.id)).map((entry) => entry.band));
  const ids = [...new Set(catalog.filter((entry) => bands.has(entry.band)).map((entry) => entry.id))];
  return ids
    .map((id) => inLocale(catalog, id, locale))
    .filter((entry): entry is CatalogEntry => entry !== undefined)
    .sort(compareLessons);
}

/** Lesson ids in the files that this app does not have (another app version), with their attempt count. */
export function unknownLessonAttempts(learners: readonly ClassLearner[], catalog: readonly CatalogEntry[]): number {
  const known = new Set(catalog.map((entry) => entry.id));
  return learners.reduce((count, learner) => count + learner.attempts.filter((attempt) => !known.has(attempt.lessonId)).length, 0);
}

export interface TopicGroup {
  band: BandId;
  topic: TopicId;
  lessons: CatalogEntry[];
}

/** Consecutive lessons of one band and topic (the input is in teaching order). */
export function groupByTopic(lessons: readonly CatalogEntry[]): TopicGroup[] {
  const groups: TopicGroup[] = [];
  for (const lesson of lessons) {
    const last = groups[groups.length - 1];
    if (last && last.band === lesson.band && last.topic === lesson.topic) last.lessons.push(lesson);
    else groups.push({ band: lesson.band, topic: lesson.topic, lessons: [lesson] });
  }
  return groups;
}

function inLocale(catalog: readonly CatalogEntry[], id: string, locale: Locale): CatalogEntry | undefined {
  const versions = catalog.filter((entry) => entry.id === id);
  return inReaderLanguage(versions, locale);
}

// ---------------------------------------------------------------------------------------------------
// The table

export type CellState = 'not-started' | 'in-progress' | 'completed' | 'mastered';

export interface LessonCell {
  state: CellState;
  /** Best score of a finished attempt, 0–100; set when completed or mastered */
  bestPercent?: number;
}

/** The same rules as the learner's own progress map (src/domain/learning.ts): best complete score, mastery. */
export function lessonCell(attempts: readonly ExportedAttempt[]): LessonCell {
  const state = attemptsState(attempts);
  return state.kind === 'completed' || state.kind === 'mastered' ? { state: state.kind, bestPercent: state.bestPercent } : { state: state.kind };
}

export interface ReportRow {
  learner: ClassLearner;
  /** One per lesson, in the order of ClassReport.lessons */
  cells: LessonCell[];
}

export interface LessonSummary {
  /** Learners with a finished attempt */
  completed: number;
  learners: number;
  /** Mean of the completed learners' best scores, rounded; undefined when nobody completed */
  averageBest?: number;
}

export interface ClassReport {
  lessons: CatalogEntry[];
  rows: ReportRow[];
  summaries: LessonSummary[];
}

export function buildReport(learners: readonly ClassLearner[], lessons: readonly CatalogEntry[]): ClassReport {
  const rows = sortLearners(learners).map((learner) => ({
    learner,
    cells: lessons.map((lesson) => lessonCell(learner.attempts.filter((attempt) => attempt.lessonId === lesson.id))),
  }));
  const summaries = lessons.map((_, column) => {
    const best = rows.flatMap((row) => {
      const percent = row.cells[column]?.bestPercent;
      return percent === undefined ? [] : [percent];
    });
    const summary: LessonSummary = { completed: best.length, learners: rows.length };
    if (best.length > 0) summary.averageBest = Math.round(best.reduce((sum, p) => sum + p, 0) / best.length);
    return summary;
  });
  return { lessons: [...lessons], rows, summaries };
}

// ---------------------------------------------------------------------------------------------------
// Per-question difficulty

/**
 * latest-finished: each learner's most recent finished attempt at the lesson — where the class stands now,
 *   every child counted once.
 * all-answers: every answer recorded, unfinished attempts and retries included — where children stumbled
 *   on the way.
 */
export const DIFFICULTY_BASES = ['latest-finished', 'all-answers'] as const;
export type DifficultyBasis = (typeof DIFFICULTY_BASES)[number];

export interface QuestionStat {
  questionId: string;
  /** Learners who answered the question */
  learners: number;
  /** Answers counted (equal to `learners` for latest-finished) */
  answers: number;
  wrong: number;
  /** 0–100, rounded */
  wrongPercent: number;
  /**
   * What the wrong answers chose (option indexes, written order) and how often, most often first. What
   * was wrong in them needs the question's right options: wrongAnswers() tells.
   */
  wrongChoices: Choice[];
}

export interface Choice {
  selected: number[];
  count: number;
}

export interface WrongAnswers {
  /** Wrong answers to a "choose all" question that ticked only right options, not all of them ("chưa chọn đủ") */
  incomplete: number;
  /**
   * The wrong options ticked most often together (the right ones ticked beside them left out), when any
   * answer ticked a wrong option; an incomplete answer is none.
   */
  commonWrong?: Choice;
}

/** A question's wrong answers told apart: incomplete, or a wrong choice (only its wrong options named). */
export function wrongAnswers(stat: Pick<QuestionStat, 'wrongChoices'>, question: Question): WrongAnswers {
  let incomplete = 0;
  const wrong = new Map<string, number>();
  for (const { selected, count } of stat.wrongChoices) {
    if (isIncomplete(question, selected)) {
      incomplete += count;
      continue;
    }
    const options = wrongOptions(question, selected);
    if (options.length > 0) wrong.set(options.join(','), (wrong.get(options.join(',')) ?? 0) + count);
  }
  const common = mostFrequent(wrong);
  return common ? { incomplete, commonWrong: { selected: common.key.split(',').map(Number), count: common.count } } : { incomplete };
}

export interface LessonDifficulty {
  lesson: CatalogEntry;
  /** Worst first */
  questions: QuestionStat[];
  /**
   * Some counted attempts were taken on another wording of the lesson (it was edited since): the question
   * shown for an id may then differ from the one the child saw.
   */
  otherWording: boolean;
}

/** `now`: as for mergeSources (which attempt is the latest finished). */
export function questionDifficulty(
  learners: readonly ClassLearner[],
  lessons: readonly CatalogEntry[],
  basis: DifficultyBasis,
  catalog: readonly CatalogEntry[],
  now = Date.now(),
): LessonDifficulty[] {
  return lessons.flatMap((lesson) => {
    const counted = learners.flatMap((learner) => countedAnswers(learner.attempts.filter((a) => a.lessonId === lesson.id), basis, now).map((entry) => ({ ...entry, learnerId: learner.id })));
    if (counted.length === 0) return [];
    const otherWording = counted.some(({ attempt }) => !catalog.some((entry) => sameWording(attempt, entry)));
    return [{ lesson, questions: questionStats(counted.map(({ answer, learnerId }) => ({ answer, learnerId }))), otherWording }];
  });
}

function countedAnswers(attempts: readonly ExportedAttempt[], basis: DifficultyBasis, now: number): { attempt: ExportedAttempt; answer: ExportedAnswer }[] {
  if (basis === 'all-answers') return attempts.flatMap((attempt) => attempt.answers.map((answer) => ({ attempt, answer })));
  const latest = latestFinished(attempts, now);
  if (!latest) return [];
  // One answer per question, the one that counts for the score.
  return finalAnswers(latest.answers).map((answer) => ({ attempt: latest, answer }));
}

function questionStats(answers: readonly { answer: ExportedAnswer; learnerId: string }[]): QuestionStat[] {
  const byQuestion = new Map<string, { learners: Set<string>; answers: number; wrong: number; wrongChoices: Map<string, number> }>();
  for (const { answer, learnerId } of answers) {
    let stat = byQuestion.get(answer.questionId);
    if (!stat) {
      stat = { learners: new Set(), answers: 0, wrong: 0, wrongChoices: new Map() };
      byQuestion.set(answer.questionId, stat);
    }
    stat.learners.add(learnerId);
    stat.answers += 1;
    if (!answer.correct) {
      stat.wrong += 1;
      const choice = [...answer.selected].sort((a, b) => a - b).join(',');
      stat.wrongChoices.set(choice, (stat.wrongChoices.get(choice) ?? 0) + 1);
    }
  }
  return [...byQuestion.entries()]
    .map(([questionId, stat]) => {
      const result: QuestionStat = {
        questionId,
        learners: stat.learners.size,
        answers: stat.answers,
        wrong: stat.wrong,
        wrongPercent: Math.round((stat.wrong / stat.answers) * 100),
        wrongChoices: [...stat.wrongChoices]
          .sort(([a, m], [b, n]) => n - m || collator.compare(a, b))
          .map(([key, count]) => ({ selected: key === '' ? [] : key.split(',').map(Number), count })),
      };
      return result;
    })
    .sort((a, b) => b.wrong / b.answers - a.wrong / a.answers || b.wrong - a.wrong || collator.compare(a.questionId, b.questionId));
}

/** The most frequent key; on a tie the first in natural order, so the result does not depend on file order. */
function mostFrequent(counts: ReadonlyMap<string, number>): { key: string; count: number } | undefined {
  let best: { key: string; count: number } | undefined;
  for (const [key, count] of counts) {
    if (!best || count > best.count || (count === best.count && collator.compare(key, best.key) < 0)) best = { key, count };
  }
  return best;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
