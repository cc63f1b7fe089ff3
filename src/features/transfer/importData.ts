/**
 * Importing a progress file into this computer's database, in two steps the UI shows between:
 *
 * 1. planImport reads the database and says, per learner in the file, who they are here (the same id,
 *    maybe the same child by nickname — the user must confirm —, or someone new) and how many attempts
 *    are new, already here, or will be completed.
 * 2. applyImport writes everything in ONE transaction, so a failure at any point leaves the database
 *    exactly as it was.
 *
 * Merge rules (docs/export-format.md): ids are stable across computers, so an attempt or answer that
 * is already stored is never added again; a stored unfinished attempt is completed by a finished copy,
 * never the reverse; the profile with the newer `updatedAt` wins. Progress rows are then rebuilt from
 * the attempts (deriveProgress) rather than patched.
 */
import { getDatabase } from '../../db/db';
import type { AvatarId, Learner, LessonProgress, QuizAnswer, QuizAttempt } from '../../db/types';
import { deriveProgress } from './deriveProgress';
import type { ExportedAttempt, ExportedLearner, TransferFile, TransferKind } from './format';

export type LearnerMatch = 'same-id' | 'same-nickname' | 'new';

export interface LearnerImportPlan {
  fileLearnerId: string;
  nickname: string;
  avatar: AvatarId;
  classLabel?: string;
  match: LearnerMatch;
  /** same-id: the stored learner; same-nickname: every stored learner of that nickname; new: none. */
  candidates: Learner[];
  attempts: { new: number; present: number; toComplete: number };
  answers: { new: number; present: number };
}

export interface ImportPlan {
  kind: TransferKind;
  exportedAt: string;
  appVersion: string;
  learners: LearnerImportPlan[];
  /** File learner ids the user must decide about before applyImport (their match is 'same-nickname'). */
  needsDecision: string[];
}

/** Per file learner: merge into a stored learner (by id), or add them as a learner of their own. */
export type ImportDecision = `merge-into:${string}` | 'keep-separate';
export type ImportDecisions = Readonly<Record<string, ImportDecision>>;

export type ImportDecisionProblem =
  /** A 'same-nickname' learner has no decision: the app never guesses that two children are one. */
  | 'decision-required'
  /** A decision names a learner who is not in the file. */
  | 'unknown-learner'
  /** 'merge-into:' names a learner who is not on this computer. */
  | 'unknown-target'
  /** A learner already stored under the same id can only merge into themselves. */
  | 'not-allowed'
  | 'malformed-decision';

/** Thrown by applyImport before anything is written. */
export class ImportDecisionError extends Error {
  override name = 'ImportDecisionError';
  constructor(
    readonly problem: ImportDecisionProblem,
    readonly fileLearnerId: string,
  ) {
    super(`${problem}: ${fileLearnerId}`);
  }
}

export interface LearnerImportResult {
  fileLearnerId: string;
  storedLearnerId: string;
  outcome: 'created' | 'merged';
  profileUpdated: boolean;
  attemptsAdded: number;
  attemptsCompleted: number;
  attemptsPresent: number;
  answersAdded: number;
  answersPresent: number;
}

export interface ImportSummary {
  learnersCreated: number;
  learnersUpdated: number;
  attemptsAdded: number;
  attemptsCompleted: number;
  attemptsPresent: number;
  answersAdded: number;
  answersPresent: number;
  progressRowsWritten: number;
  learners: LearnerImportResult[];
}

export async function planImport(file: TransferFile): Promise<ImportPlan> {
  const db = getDatabase();
  const stored = await db.transaction('r', db.learners, db.attempts, db.answers, () => readStoredState(file));
  const learners = file.learners.map((learner) => planLearner(learner, stored));
  return {
    kind: file.kind,
    exportedAt: file.exportedAt,
    appVersion: file.appVersion,
    learners,
    needsDecision: learners.filter((plan) => plan.match === 'same-nickname').map((plan) => plan.fileLearnerId),
  };
}

export async function applyImport(file: TransferFile, decisions: ImportDecisions = {}): Promise<ImportSummary> {
  const db = getDatabase();
  return db.transaction('rw', [db.learners, db.attempts, db.answers, db.progress], async () => {
    // Planned again inside the transaction: the database may have changed since the user saw the plan.
    const stored = await readStoredState(file);
    const writes = collectWrites(file, stored, resolveTargets(file, stored, decisions));

    await db.learners.bulkPut(writes.learners);
    await db.attempts.bulkAdd(writes.newAttempts);
    await db.attempts.bulkPut(writes.completedAttempts);
    await db.answers.bulkAdd(writes.newAnswers);
    let progressRowsWritten = 0;
    for (const learnerId of writes.touchedLearnerIds) progressRowsWritten += await rebuildProgress(learnerId);

    const { results } = writes;
    return {
      learnersCreated: results.filter((r) => r.outcome === 'created').length,
      learnersUpdated: new Set(results.filter((r) => r.profileUpdated).map((r) => r.storedLearnerId)).size,
      attemptsAdded: sum(results, (r) => r.attemptsAdded),
      attemptsCompleted: sum(results, (r) => r.attemptsCompleted),
      attemptsPresent: sum(results, (r) => r.attemptsPresent),
      answersAdded: sum(results, (r) => r.answersAdded),
      answersPresent: sum(results, (r) => r.answersPresent),
      progressRowsWritten,
      learners: results,
    };
  });
}

/** Every row an import writes, decided before the first write. */
interface Writes {
  learners: Learner[];
  newAttempts: QuizAttempt[];
  completedAttempts: QuizAttempt[];
  newAnswers: QuizAnswer[];
  /** Learners whose attempts or answers change, so whose progress is rebuilt. */
  touchedLearnerIds: Set<string>;
  results: LearnerImportResult[];
}

/** The merge rules, applied without touching the database. */
function collectWrites(file: TransferFile, stored: StoredState, targets: Map<string, Target>): Writes {
  const learners = new Map(stored.learners.map((learner) => [learner.id, learner]));
  const changedLearners = new Map<string, Learner>();
  const writes: Writes = { learners: [], newAttempts: [], completedAttempts: [], newAnswers: [], touchedLearnerIds: new Set(), results: [] };

  for (const fileLearner of file.learners) {
    const target = targets.get(fileLearner.id);
    if (!target) throw new ImportDecisionError('decision-required', fileLearner.id);
    const current = learners.get(target.learnerId);
    const profile = current ? mergeProfiles(current, fileLearner) : toStoredLearner(fileLearner);
    const profileUpdated = current !== undefined && profile !== current;
    if (!current || profileUpdated) {
      learners.set(profile.id, profile);
      changedLearners.set(profile.id, profile);
    }

    const result: LearnerImportResult = {
      fileLearnerId: fileLearner.id,
      storedLearnerId: target.learnerId,
      outcome: current ? 'merged' : 'created',
      profileUpdated,
      attemptsAdded: 0,
      attemptsCompleted: 0,
      attemptsPresent: 0,
      answersAdded: 0,
      answersPresent: 0,
    };
    for (const attempt of fileLearner.attempts) {
      const storedAttempt = stored.attempts.get(attempt.id);
      // An attempt already stored stays with the learner it is stored under; its answers join it.
      let owner: QuizAttempt;
      if (!storedAttempt) {
        owner = toStoredAttempt(attempt, target.learnerId);
        writes.newAttempts.push(owner);
        writes.touchedLearnerIds.add(owner.learnerId);
        result.attemptsAdded += 1;
      } else if (attemptChange(storedAttempt, attempt) === 'complete') {
        owner = completeAttempt(storedAttempt, attempt);
        writes.completedAttempts.push(owner);
        writes.touchedLearnerIds.add(owner.learnerId);
        result.attemptsCompleted += 1;
      } else {
        owner = storedAttempt;
        result.attemptsPresent += 1;
      }
      for (const answer of attempt.answers) {
        if (stored.answerIds.has(answer.id)) {
          result.answersPresent += 1;
          continue;
        }
        writes.newAnswers.push({
          id: answer.id,
          attemptId: owner.id,
          learnerId: owner.learnerId,
          lessonId: owner.lessonId,
          lessonVersion: owner.lessonVersion,
          questionId: answer.questionId,
          selected: [...answer.selected],
          correct: answer.correct,
          answeredAt: answer.answeredAt,
        });
        writes.touchedLearnerIds.add(owner.learnerId);
        result.answersAdded += 1;
      }
    }
    writes.results.push(result);
  }
  writes.learners = [...changedLearners.values()];
  return writes;
}

/** What the database already holds of the file: every learner (for nickname matching), attempts and answers by id. */
interface StoredState {
  learners: Learner[];
  attempts: Map<string, QuizAttempt>;
  answerIds: Set<string>;
}

/** Runs inside the caller's transaction. */
async function readStoredState(file: TransferFile): Promise<StoredState> {
  const db = getDatabase();
  const fileAttempts = file.learners.flatMap((learner) => learner.attempts);
  const learners = await db.learners.toArray();
  const attempts = await db.attempts.bulkGet(fileAttempts.map((attempt) => attempt.id));
  const answers = await db.answers.bulkGet(fileAttempts.flatMap((attempt) => attempt.answers.map((answer) => answer.id)));
  return {
    learners,
    attempts: new Map(attempts.flatMap((attempt) => (attempt ? [[attempt.id, attempt] as const] : []))),
    answerIds: new Set(answers.flatMap((answer) => (answer ? [answer.id] : []))),
  };
}

function planLearner(learner: ExportedLearner, stored: StoredState): LearnerImportPlan {
  const { match, candidates } = matchLearner(learner, stored.learners);
  const plan: LearnerImportPlan = {
    fileLearnerId: learner.id,
    nickname: learner.nickname,
    avatar: learner.avatar,
    match,
    candidates,
    attempts: { new: 0, present: 0, toComplete: 0 },
    answers: { new: 0, present: 0 },
  };
  if (learner.classLabel !== undefined) plan.classLabel = learner.classLabel;
  for (const attempt of learner.attempts) {
    const change = attemptChange(stored.attempts.get(attempt.id), attempt);
    if (change === 'new') plan.attempts.new += 1;
    else if (change === 'complete') plan.attempts.toComplete += 1;
    else plan.attempts.present += 1;
    for (const answer of attempt.answers) {
      if (stored.answerIds.has(answer.id)) plan.answers.present += 1;
      else plan.answers.new += 1;
    }
  }
  return plan;
}

function matchLearner(learner: ExportedLearner, stored: Learner[]): { match: LearnerMatch; candidates: Learner[] } {
  const sameId = stored.find((candidate) => candidate.id === learner.id);
  if (sameId) return { match: 'same-id', candidates: [sameId] };
  const key = nicknameKey(learner.nickname);
  const sameNickname = stored.filter((candidate) => nicknameKey(candidate.nickname) === key);
  return sameNickname.length > 0 ? { match: 'same-nickname', candidates: sameNickname } : { match: 'new', candidates: [] };
}

/** "Lan", " lan " and "LAN" (composed or decomposed accents) are the same nickname. */
function nicknameKey(nickname: string): string {
  return nickname.normalize('NFC').trim().toLowerCase();
}

interface Target {
  learnerId: string;
}

/** Where each file learner goes. Throws ImportDecisionError on any missing or impossible decision. */
function resolveTargets(file: TransferFile, stored: StoredState, decisions: ImportDecisions): Map<string, Target> {
  const fileLearnerIds = new Set(file.learners.map((learner) => learner.id));
  for (const key of Object.keys(decisions)) if (!fileLearnerIds.has(key)) throw new ImportDecisionError('unknown-learner', key);
  const storedIds = new Set(stored.learners.map((learner) => learner.id));

  const targets = new Map<string, Target>();
  for (const learner of file.learners) {
    const { match } = matchLearner(learner, stored.learners);
    // Own keys only: a learner id such as "toString" must not find Object.prototype's.
    const decision = Object.hasOwn(decisions, learner.id) ? decisions[learner.id] : undefined;
    const mergeInto = decision?.startsWith('merge-into:') ? decision.slice('merge-into:'.length) : undefined;
    if (decision !== undefined && decision !== 'keep-separate' && !mergeInto) throw new ImportDecisionError('malformed-decision', learner.id);
    if (mergeInto !== undefined && !storedIds.has(mergeInto)) throw new ImportDecisionError('unknown-target', learner.id);

    if (match === 'same-id') {
      if (decision !== undefined && mergeInto !== learner.id) throw new ImportDecisionError('not-allowed', learner.id);
      targets.set(learner.id, { learnerId: learner.id });
    } else if (mergeInto !== undefined) {
      targets.set(learner.id, { learnerId: mergeInto });
    } else if (decision === 'keep-separate' || match === 'new') {
      targets.set(learner.id, { learnerId: learner.id });
    } else {
      throw new ImportDecisionError('decision-required', learner.id);
    }
  }
  return targets;
}

type AttemptChange = 'new' | 'complete' | 'present';

/**
 * Ids are random and stable, so a stored attempt with the same id is the same attempt. It changes only
 * from unfinished to finished, and only when the copy is of the same lesson wording: a copy that
 * disagrees on what was asked is not trusted to finish it.
 */
function attemptChange(stored: QuizAttempt | undefined, imported: ExportedAttempt): AttemptChange {
  if (!stored) return 'new';
  const sameQuiz = stored.lessonId === imported.lessonId && stored.lessonVersion === imported.lessonVersion && stored.questionCount === imported.questionCount;
  return sameQuiz && stored.finishedAt === undefined && imported.finishedAt !== undefined ? 'complete' : 'present';
}

function completeAttempt(stored: QuizAttempt, finished: ExportedAttempt): QuizAttempt {
  return { ...stored, finishedAt: finished.finishedAt, correctCount: finished.correctCount, scorePercent: finished.scorePercent };
}

/**
 * The newer profile wins, whole (a nickname and the class it was typed with belong together); ties keep
 * the stored one. Returns `stored` itself when nothing changes. The earlier `createdAt` is kept: both
 * rows describe the same child.
 */
function mergeProfiles(stored: Learner, incoming: ExportedLearner): Learner {
  const createdAt = Math.min(stored.createdAt, incoming.createdAt);
  if (incoming.updatedAt <= stored.updatedAt) return createdAt === stored.createdAt ? stored : { ...stored, createdAt };
  const merged: Learner = { ...stored, nickname: incoming.nickname, avatar: incoming.avatar, createdAt, updatedAt: incoming.updatedAt };
  delete merged.classLabel;
  delete merged.pinHash;
  if (incoming.classLabel !== undefined) merged.classLabel = incoming.classLabel;
  if (incoming.pinHash !== undefined) merged.pinHash = incoming.pinHash;
  return merged;
}

function toStoredLearner(learner: ExportedLearner): Learner {
  const row: Learner = { id: learner.id, nickname: learner.nickname, avatar: learner.avatar, createdAt: learner.createdAt, updatedAt: learner.updatedAt };
  if (learner.classLabel !== undefined) row.classLabel = learner.classLabel;
  if (learner.pinHash !== undefined) row.pinHash = learner.pinHash;
  return row;
}

function toStoredAttempt(attempt: ExportedAttempt, learnerId: string): QuizAttempt {
  const row: QuizAttempt = {
    id: attempt.id,
    learnerId,
    lessonId: attempt.lessonId,
    locale: attempt.locale,
    lessonVersion: attempt.lessonVersion,
    questionCount: attempt.questionCount,
    startedAt: attempt.startedAt,
  };
  if (attempt.finishedAt !== undefined) row.finishedAt = attempt.finishedAt;
  if (attempt.correctCount !== undefined) row.correctCount = attempt.correctCount;
  if (attempt.scorePercent !== undefined) row.scorePercent = attempt.scorePercent;
  return row;
}

/**
 * Rewrites the learner's progress rows that differ from what their attempts say. `updatedAt` never
 * moves back: the stored row may have seen a moment (a restart) that no remaining attempt records.
 * Returns how many rows were written.
 */
async function rebuildProgress(learnerId: string): Promise<number> {
  const db = getDatabase();
  const attempts = await db.attempts.where('learnerId').equals(learnerId).toArray();
  const answers = await db.answers.where('attemptId').anyOf(attempts.map((attempt) => attempt.id)).toArray();
  const stored = new Map((await db.progress.where('learnerId').equals(learnerId).toArray()).map((row) => [row.lessonId, row]));
  const changed = deriveProgress(learnerId, attempts, answers)
    .map((row) => ({ ...row, updatedAt: Math.max(row.updatedAt, stored.get(row.lessonId)?.updatedAt ?? 0) }))
    .filter((row) => !sameProgress(row, stored.get(row.lessonId)));
  await db.progress.bulkPut(changed);
  return changed.length;
}

function sameProgress(a: LessonProgress, b: LessonProgress | undefined): boolean {
  return (
    b !== undefined &&
    a.status === b.status &&
    a.bestPercent === b.bestPercent &&
    a.finishedAttempts === b.finishedAttempts &&
    a.lastAttemptId === b.lastAttemptId &&
    a.updatedAt === b.updatedAt
  );
}

function sum<T>(items: T[], value: (item: T) => number): number {
  return items.reduce((total, item) => total + value(item), 0);
}
