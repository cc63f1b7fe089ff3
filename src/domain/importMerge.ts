/**
 * The merge rules of an import (docs/export-format.md), as pure functions over what the database already
 * holds and a checked file. src/db/transfer.ts reads the stored state, asks these functions what to
 * write, and writes it in one transaction.
 *
 * - Who is who: the same id is the same learner; the same nickname (nameKey) may be — the user decides,
 *   once: a file learner merged into a stored one is remembered (StoredState.mergedInto), so the same
 *   file imported again asks nothing and never adds an empty profile.
 * - Attempts and answers are joined by id, never counted twice; two copies of one attempt merge by the
 *   learning rules (mergeCopy), and every score is computed again from the answers.
 * - A file cannot quietly rewrite someone: its profile is newer only by isNewerProfile (a date in the
 *   future counts as now, one far ahead for nothing, as in the class report), its times are stored
 *   capped at this computer's clock, a change of an existing learner's nickname, class or PIN happens
 *   only when the user said yes to it, and a PIN hash in a file never replaces a stored one.
 * - A file cannot write past a lock (importLocks): whatever `kind` it claims, every stored learner with
 *   a PIN or picture password whose rows it would write needs that learner's secret or the teacher PIN,
 *   and a PIN hash from a file is written only where a teacher PIN is set (and then only with it) or on
 *   an empty computer (a restore after a reinstall). src/db/transfer.ts checks the proofs.
 */
import type { AvatarId, Learner, QuizAnswer, QuizAttempt } from './records';
import { cappedTime, isNewerProfile, joinAnswers, mergeCopy, nameKey, scoreAnswers } from './learning';
import { isLocked } from './learnerLock';
import type { ExportedAttempt, ExportedLearner, TransferFile, TransferKind } from './progressFile';

export type LearnerMatch = 'same-id' | 'same-nickname' | 'new';

/** What accepting a file's profile would change in a stored learner (absent fields stay as they are). */
export interface ProfileChange {
  nickname?: { from: string; to: string };
  classLabel?: { from?: string; to?: string };
  /** The file gives a PIN to a learner who has none here (a stored PIN is never replaced). */
  pinAdded?: true;
}

export interface LearnerImportPlan {
  fileLearnerId: string;
  nickname: string;
  avatar: AvatarId;
  classLabel?: string;
  match: LearnerMatch;
  /** same-id: the stored learner; same-nickname: every stored learner of that nickname; new: none. */
  candidates: Learner[];
  /**
   * Per candidate id: the change to that learner's profile the file asks for, when it touches the
   * nickname, class or PIN. It is made only when the user agrees (ImportOptions.acceptProfiles).
   */
  profileChanges: Record<string, ProfileChange>;
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

export interface ImportOptions {
  /** File learner ids whose listed profile change (nickname, class, PIN) the user agreed to. */
  acceptProfiles?: readonly string[];
  /** This computer's clock, ms since epoch: which profile is newer is judged at it (isNewerProfile), and no imported `updatedAt` is later. */
  now?: number;
}

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

/** What an import did with attempts and answers, for one learner or for the whole file. */
export interface ImportCounts {
  attemptsAdded: number;
  attemptsCompleted: number;
  attemptsPresent: number;
  answersAdded: number;
  answersPresent: number;
  /** Answers of a copy of an attempt that may not change (complete here, or of another quiz): left out. */
  answersIgnored: number;
}

export interface LearnerImportResult extends ImportCounts {
  fileLearnerId: string;
  storedLearnerId: string;
  outcome: 'created' | 'merged';
  profileUpdated: boolean;
}

export interface ImportSummary extends ImportCounts {
  learnersCreated: number;
  learnersUpdated: number;
  progressRowsWritten: number;
  learners: LearnerImportResult[];
}

/** What the database already holds of the file: every learner (for nickname matching), attempts by id and their answers. */
export interface StoredState {
  learners: Learner[];
  attempts: Map<string, QuizAttempt>;
  /** The stored answers of every attempt in `attempts`. */
  answersByAttempt: Map<string, QuizAnswer[]>;
  /** Ids of the file's answers that are stored (under whichever attempt). */
  answerIds: Set<string>;
  /** File learner id → the stored learner an earlier import merged them into (the user's "the same child"). */
  mergedInto?: ReadonlyMap<string, string>;
  /** A teacher PIN is set on this computer. */
  teacherPinSet?: boolean;
  /** Nothing is on this computer yet but, at most, the untouched default profile (a fresh install). */
  empty?: boolean;
}

/**
 * Whether a file's PIN hashes may be written at all. Where a teacher PIN is set, yes — and importLocks
 * then asks for it. Where none is set, only on an empty computer: that is the restore of a backup after
 * a reinstall (a backup never holds the teacher PIN). Anywhere else a file with PIN hashes could put a
 * PIN of its author's choosing on a classmate, so its hashes are left out: a learner it adds has no PIN,
 * and no existing learner is offered one (the plan does not list it).
 */
export function fileHashesApply(stored: Pick<StoredState, 'teacherPinSet' | 'empty'>): boolean {
  return stored.teacherPinSet === true || stored.empty === true;
}

/** What an import needs before it may write (src/db/transfer.ts checks the proofs). */
export interface ImportLocks {
  /** Stored learners with a PIN or picture password whose rows the import writes: each needs their own secret, or the teacher PIN. */
  learnerIds: string[];
  /**
   * Where a teacher PIN is set, the import needs it and nothing else will do: 'restore' for a file that
   * calls itself a backup, 'pin-hashes' for one that would write a PIN hash (however it calls itself).
   */
  teacher?: 'restore' | 'pin-hashes';
}

/**
 * The locks the planned writes pass, read from the writes themselves — not from the file's `kind`, its
 * nickname matches or its ids — so no way of reaching a stored learner (same id, a remembered or chosen
 * merge, an attempt id of theirs, a profile change) escapes it.
 */
export function importLocks(file: Pick<TransferFile, 'kind'>, stored: StoredState, writes: ImportWrites): ImportLocks {
  const before = new Map(stored.learners.map((learner) => [learner.id, learner]));
  const written = new Set([...writes.learners.map((learner) => learner.id), ...writes.touchedLearnerIds, ...writes.mergedInto.values()]);
  const locks: ImportLocks = { learnerIds: [...written].filter((id) => before.has(id) && isLocked(before.get(id) as Learner)) };
  if (stored.teacherPinSet) {
    const writesHash = writes.learners.some((learner) => learner.pinHash !== undefined && learner.pinHash !== before.get(learner.id)?.pinHash);
    if (file.kind === 'backup') locks.teacher = 'restore';
    else if (writesHash) locks.teacher = 'pin-hashes';
  }
  return locks;
}

/** Every row an import writes, decided before the first write. */
export interface ImportWrites {
  learners: Learner[];
  newAttempts: QuizAttempt[];
  /** Stored attempts that change (completed). */
  changedAttempts: QuizAttempt[];
  newAnswers: QuizAnswer[];
  /** Learners whose attempts or answers change, so whose progress is rebuilt. */
  touchedLearnerIds: Set<string>;
  /** File learner id → stored learner id, for every file learner merged into someone stored under another id: remembered for next time. */
  mergedInto: Map<string, string>;
  results: LearnerImportResult[];
}

export function planImport(file: TransferFile, stored: StoredState, now = Date.now()): ImportPlan {
  const learners = file.learners.map((learner) => planLearner(learner, stored, now));
  return {
    kind: file.kind,
    exportedAt: file.exportedAt,
    appVersion: file.appVersion,
    learners,
    needsDecision: learners.filter((plan) => plan.match === 'same-nickname').map((plan) => plan.fileLearnerId),
  };
}

/** The merge rules applied to the stored state. Throws ImportDecisionError on a missing or impossible decision. */
export function collectWrites(file: TransferFile, stored: StoredState, decisions: ImportDecisions, options: ImportOptions = {}): ImportWrites {
  const now = options.now ?? Date.now();
  const accepted = new Set(options.acceptProfiles ?? []);
  const targets = resolveTargets(file, stored, decisions);
  const learners = new Map(stored.learners.map((learner) => [learner.id, learner]));
  const changedLearners = new Map<string, Learner>();
  const answersByAttempt = new Map(stored.answersByAttempt);
  const writes: ImportWrites = { learners: [], newAttempts: [], changedAttempts: [], newAnswers: [], touchedLearnerIds: new Set(), mergedInto: new Map(), results: [] };

  for (const fileLearner of file.learners) {
    const targetId = targets.get(fileLearner.id);
    if (targetId === undefined) throw new ImportDecisionError('decision-required', fileLearner.id);
    if (targetId !== fileLearner.id) writes.mergedInto.set(fileLearner.id, targetId);
    const current = learners.get(targetId);
    const hashes = fileHashesApply(stored);
    const profile = current ? mergeProfiles(current, fileLearner, now, accepted.has(fileLearner.id), hashes) : toStoredLearner(fileLearner, now, hashes);
    const profileUpdated = current !== undefined && profile !== current;
    if (!current || profileUpdated) {
      learners.set(profile.id, profile);
      changedLearners.set(profile.id, profile);
    }

    const result: LearnerImportResult = {
      fileLearnerId: fileLearner.id,
      storedLearnerId: targetId,
      outcome: current ? 'merged' : 'created',
      profileUpdated,
      attemptsAdded: 0,
      attemptsCompleted: 0,
      attemptsPresent: 0,
      answersAdded: 0,
      answersPresent: 0,
      answersIgnored: 0,
    };
    for (const attempt of fileLearner.attempts) {
      const storedAttempt = stored.attempts.get(attempt.id);
      const change = storedAttempt ? mergeCopy(storedAttempt, attempt) : 'new';
      // An attempt already stored stays with the learner it is stored under; its answers join it.
      const owner = storedAttempt ?? toStoredAttempt(attempt, targetId);
      const known = answersByAttempt.get(owner.id) ?? [];
      const added: QuizAnswer[] = [];
      for (const answer of attempt.answers) {
        if (stored.answerIds.has(answer.id) || known.some((k) => k.id === answer.id)) result.answersPresent += 1;
        else if (change === 'keep') result.answersIgnored += 1;
        else added.push(toStoredAnswer(answer, owner));
      }
      const answers = joinAnswers(known, added);
      answersByAttempt.set(owner.id, answers);
      writes.newAnswers.push(...added);
      result.answersAdded += added.length;

      if (change === 'new') {
        // Scored from its answers, never from the file's numbers (which the file check compared anyway).
        const row = attempt.finishedAt === undefined ? owner : { ...owner, ...scoreAnswers(answers, owner.questionCount) };
        writes.newAttempts.push(row);
        result.attemptsAdded += 1;
      } else if (change === 'complete') {
        writes.changedAttempts.push({ ...owner, finishedAt: attempt.finishedAt, ...scoreAnswers(answers, owner.questionCount) });
        result.attemptsCompleted += 1;
      } else {
        result.attemptsPresent += 1;
      }
      if (change === 'new' || change === 'complete' || added.length > 0) writes.touchedLearnerIds.add(owner.learnerId);
    }
    writes.results.push(result);
  }
  writes.learners = [...changedLearners.values()];
  return writes;
}

export function summarise(writes: ImportWrites, progressRowsWritten: number): ImportSummary {
  const { results } = writes;
  const sum = (value: (r: LearnerImportResult) => number) => results.reduce((total, r) => total + value(r), 0);
  return {
    learnersCreated: results.filter((r) => r.outcome === 'created').length,
    learnersUpdated: new Set(results.filter((r) => r.profileUpdated).map((r) => r.storedLearnerId)).size,
    attemptsAdded: sum((r) => r.attemptsAdded),
    attemptsCompleted: sum((r) => r.attemptsCompleted),
    attemptsPresent: sum((r) => r.attemptsPresent),
    answersAdded: sum((r) => r.answersAdded),
    answersPresent: sum((r) => r.answersPresent),
    answersIgnored: sum((r) => r.answersIgnored),
    progressRowsWritten,
    learners: results,
  };
}

function planLearner(learner: ExportedLearner, stored: StoredState, now: number): LearnerImportPlan {
  const { match, candidates } = matchLearner(learner, stored);
  const profileChanges: Record<string, ProfileChange> = {};
  for (const candidate of candidates) {
    const change = profileChange(candidate, learner, now, fileHashesApply(stored));
    if (change) profileChanges[candidate.id] = change;
  }
  const plan: LearnerImportPlan = {
    fileLearnerId: learner.id,
    nickname: learner.nickname,
    avatar: learner.avatar,
    match,
    candidates,
    profileChanges,
    attempts: { new: 0, present: 0, toComplete: 0 },
    answers: { new: 0, present: 0 },
  };
  if (learner.classLabel !== undefined) plan.classLabel = learner.classLabel;
  for (const attempt of learner.attempts) {
    const storedAttempt = stored.attempts.get(attempt.id);
    const change = storedAttempt ? mergeCopy(storedAttempt, attempt) : 'new';
    if (change === 'new') plan.attempts.new += 1;
    else if (change === 'complete') plan.attempts.toComplete += 1;
    else plan.attempts.present += 1;
    for (const answer of attempt.answers) {
      if (stored.answerIds.has(answer.id)) plan.answers.present += 1;
      else if (change !== 'keep') plan.answers.new += 1;
    }
  }
  return plan;
}

/**
 * 'same-id' also covers a learner an earlier import merged into a stored one (the remembered decision):
 * then the one candidate is that stored learner, under its own id. A remembered learner since deleted
 * counts for nothing.
 */
function matchLearner(learner: ExportedLearner, stored: StoredState): { match: LearnerMatch; candidates: Learner[] } {
  const sameId = stored.learners.find((candidate) => candidate.id === learner.id);
  if (sameId) return { match: 'same-id', candidates: [sameId] };
  const rememberedId = stored.mergedInto?.get(learner.id);
  const remembered = rememberedId === undefined ? undefined : stored.learners.find((candidate) => candidate.id === rememberedId);
  if (remembered) return { match: 'same-id', candidates: [remembered] };
  const key = nameKey(learner.nickname);
  const sameNickname = stored.learners.filter((candidate) => nameKey(candidate.nickname) === key);
  return sameNickname.length > 0 ? { match: 'same-nickname', candidates: sameNickname } : { match: 'new', candidates: [] };
}

/** Where each file learner goes (a stored or new learner id). */
function resolveTargets(file: TransferFile, stored: StoredState, decisions: ImportDecisions): Map<string, string> {
  const fileLearnerIds = new Set(file.learners.map((learner) => learner.id));
  for (const key of Object.keys(decisions)) if (!fileLearnerIds.has(key)) throw new ImportDecisionError('unknown-learner', key);
  const storedIds = new Set(stored.learners.map((learner) => learner.id));

  const targets = new Map<string, string>();
  for (const learner of file.learners) {
    const { match, candidates } = matchLearner(learner, stored);
    // Own keys only: a learner id such as "toString" must not find Object.prototype's.
    const decision = Object.hasOwn(decisions, learner.id) ? decisions[learner.id] : undefined;
    const mergeInto = decision?.startsWith('merge-into:') ? decision.slice('merge-into:'.length) : undefined;
    if (decision !== undefined && decision !== 'keep-separate' && !mergeInto) throw new ImportDecisionError('malformed-decision', learner.id);
    if (mergeInto !== undefined && !storedIds.has(mergeInto)) throw new ImportDecisionError('unknown-target', learner.id);

    if (match === 'same-id') {
      const known = candidates[0]?.id ?? learner.id;
      if (decision !== undefined && mergeInto !== known) throw new ImportDecisionError('not-allowed', learner.id);
      targets.set(learner.id, known);
    } else if (mergeInto !== undefined) {
      targets.set(learner.id, mergeInto);
    } else if (decision === 'keep-separate' || match === 'new') {
      targets.set(learner.id, learner.id);
    } else {
      throw new ImportDecisionError('decision-required', learner.id);
    }
  }
  return targets;
}

/**
 * The change a newer file profile asks for in nickname, class or PIN; undefined when it asks for none
 * (an older profile, or only another avatar).
 */
export function profileChange(stored: Learner, incoming: ExportedLearner, now: number, hashesApply: boolean): ProfileChange | undefined {
  const change: ProfileChange = {};
  if (isNewerProfile(stored, incoming, now)) {
    if (incoming.nickname !== stored.nickname) change.nickname = { from: stored.nickname, to: incoming.nickname };
    if (incoming.classLabel !== stored.classLabel) {
      change.classLabel = {};
      if (stored.classLabel !== undefined) change.classLabel.from = stored.classLabel;
      if (incoming.classLabel !== undefined) change.classLabel.to = incoming.classLabel;
    }
  }
  // A PIN arrives only where a file's hashes apply (fileHashesApply); it never replaces or removes a
  // stored one, nor joins a picture password (a learner has one secret at most).
  if (hashesApply && incoming.pinHash !== undefined && !isLocked(stored)) change.pinAdded = true;
  return Object.keys(change).length > 0 ? change : undefined;
}

/**
 * The newer profile wins, whole (a nickname and the class it was typed with belong together), but only
 * when the user agreed to a change of nickname, class or PIN; ties keep the stored one. A stored PIN is
 * never replaced. Returns `stored` itself when nothing changes. The earlier `createdAt` is kept: both
 * rows describe the same child.
 */
function mergeProfiles(stored: Learner, incoming: ExportedLearner, now: number, accepted: boolean, hashesApply: boolean): Learner {
  const createdAt = Math.min(stored.createdAt, cappedTime(incoming.createdAt, now));
  const unchanged = createdAt === stored.createdAt ? stored : { ...stored, createdAt };
  const change = profileChange(stored, incoming, now, hashesApply);
  if (change && !accepted) return unchanged;
  let merged: Learner = unchanged;
  if (isNewerProfile(stored, incoming, now)) {
    merged = { ...stored, nickname: incoming.nickname, avatar: incoming.avatar, createdAt, updatedAt: cappedTime(incoming.updatedAt, now) };
    delete merged.classLabel;
    if (incoming.classLabel !== undefined) merged.classLabel = incoming.classLabel;
  }
  if (change?.pinAdded && incoming.pinHash !== undefined) merged = { ...merged, pinHash: incoming.pinHash };
  return merged;
}

function toStoredLearner(learner: ExportedLearner, now: number, hashesApply: boolean): Learner {
  const updatedAt = cappedTime(learner.updatedAt, now);
  const row: Learner = { id: learner.id, nickname: learner.nickname, avatar: learner.avatar, createdAt: cappedTime(learner.createdAt, now), updatedAt };
  if (learner.classLabel !== undefined) row.classLabel = learner.classLabel;
  if (hashesApply && learner.pinHash !== undefined) row.pinHash = learner.pinHash;
  return row;
}

/** The attempt as stored, unfinished; collectWrites finishes and scores it from its answers. */
function toStoredAttempt(attempt: ExportedAttempt, learnerId: string): QuizAttempt {
  return {
    id: attempt.id,
    learnerId,
    lessonId: attempt.lessonId,
    locale: attempt.locale,
    lessonVersion: attempt.lessonVersion,
    questionCount: attempt.questionCount,
    startedAt: attempt.startedAt,
    ...(attempt.finishedAt !== undefined ? { finishedAt: attempt.finishedAt } : {}),
  };
}

function toStoredAnswer(answer: ExportedAttempt['answers'][number], owner: QuizAttempt): QuizAnswer {
  return {
    id: answer.id,
    attemptId: owner.id,
    learnerId: owner.learnerId,
    lessonId: owner.lessonId,
    lessonVersion: owner.lessonVersion,
    questionId: answer.questionId,
    selected: [...answer.selected],
    correct: answer.correct,
    answeredAt: answer.answeredAt,
  };
}
