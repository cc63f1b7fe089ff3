/**
 * Export, backup, import and restore: the database side of the progress file (docs/export-format.md).
 * The file's schema and the merge rules are pure (src/domain/progressFile.ts, importMerge.ts); this
 * module reads and writes, each in one transaction:
 *
 * - buildExport reads every learner it writes in one read transaction, so a quiz finishing meanwhile
 *   cannot leave an attempt without its answers in the file; then checks the file against the same
 *   schema an import uses, so a file this app writes is always one it can read back.
 * - applyImport plans again and writes everything in one read-write transaction: a failure at any
 *   point leaves the database exactly as it was.
 * - The locks are kept here, not only on the screen (docs/export-format.md, "Locks"): an import that
 *   would write to a learner with a PIN or picture password, or write a PIN hash, or restore a backup,
 *   and an export of a locked learner or of the whole computer, need proofs (TransferProofs) — or throw
 *   TransferLockedError before anything is written or read out, which the screen turns into a prompt.
 *   The proofs are checked (and wrong tries counted) before the transaction, because hashing cannot
 *   run inside an IndexedDB transaction; which locks the writes pass is decided inside it, from the
 *   writes themselves (importMerge.ts: importLocks), whatever the file calls itself.
 *
 * Loaded on demand by the settings screen: the file schema brings zod, which the rest of the app does not need.
 */
import { deriveProgress, isUnusedDefaultLearner } from '../domain/learning';
import {
  collectWrites,
  importLocks,
  planImport as planFromState,
  summarise,
  type ImportDecisions,
  type ImportOptions,
  type ImportPlan,
  type ImportSummary,
  type StoredState,
} from '../domain/importMerge';
import {
  APP_VERSION,
  createTransferFileSchema,
  TRANSFER_FORMAT,
  TRANSFER_FORMAT_VERSION,
  type ExportedAnswer,
  type ExportedAttempt,
  type ExportedLearner,
  type TransferFile,
  type TransferFileData,
  type TransferKind,
} from '../domain/progressFile';
import { isLocked } from '../domain/learnerLock';
import { recordEvent } from './audit';
import { getDatabase } from './db';
import { PinRequiredError, unlockLearner, type PinProof } from './learners';
import { checkTeacherPin, teacherLockState, TeacherPinRequiredError, type TeacherProof } from './teacherLock';
import type { Learner, LessonProgress, QuizAnswer, QuizAttempt } from '../domain/records';

export { ImportDecisionError } from '../domain/importMerge';
export type { ImportDecision, ImportDecisions, ImportOptions, ImportPlan, ImportSummary, LearnerImportPlan, ProfileChange } from '../domain/importMerge';

export interface ExportOptions {
  /** Learners to export, in this order; every learner on the computer when absent. */
  learnerIds?: string[];
  /**
   * 'learners': chosen learners or the whole class, to hand on — without PIN hashes.
   * 'backup': the whole computer, to restore after a reinstall — with PIN hashes, so PINs still work.
   */
  kind: TransferKind;
  /** ms since epoch */
  now?: number;
  /** What opens the locks the export passes (see TransferLockedError). */
  proofs?: TransferProofs;
}

/**
 * What opens the locks of an import or export: the teacher PIN, which opens every lock, and the secret
 * (PIN or picture password) of each locked learner, by stored learner id.
 */
export interface TransferProofs {
  teacher?: TeacherProof;
  learners?: Readonly<Record<string, PinProof>>;
}

/**
 * Why an import or export cannot go on without a proof:
 * - learners: these stored learners have a lock; each needs their own secret, or the teacher PIN once;
 * - teacher: only the teacher PIN will do — a backup restored ('restore') or made ('backup'), a file that
 *   would write a PIN hash ('pin-hashes');
 * - set-teacher-pin: a whole-computer backup where learners have locks but no teacher PIN is set: it
 *   carries their PIN hashes and every locked learner's results, so a teacher PIN must guard it first.
 */
export type TransferLock = { kind: 'learners'; learnerIds: string[] } | { kind: 'teacher'; reason: 'restore' | 'pin-hashes' | 'backup' } | { kind: 'set-teacher-pin' };

/** Thrown before anything is written (import) or read out (export); the screen asks for what `lock` names. */
export class TransferLockedError extends Error {
  override name = 'TransferLockedError';
  constructor(readonly lock: TransferLock) {
    super(`locked: ${lock.kind === 'learners' ? lock.learnerIds.join(', ') : lock.kind === 'teacher' ? `teacher PIN (${lock.reason})` : 'set a teacher PIN first'}`);
  }
}

/** The proofs that were right: the teacher PIN, and the locked learners whose own secret was given. */
interface Opened {
  teacherPinSet: boolean;
  teacher: boolean;
  learners: ReadonlySet<string>;
}

/**
 * Checks every proof given, counting wrong tries as the profiles do; a wrong one throws
 * (TeacherPinRequiredError, PinRequiredError) — the prompts check first, so it means a changed secret
 * or a forged call. A learner's proof counts only for a learner locked now.
 */
async function openWith(proofs: TransferProofs = {}, now = Date.now()): Promise<Opened> {
  const teacherPinSet = (await teacherLockState()).set;
  let teacher = false;
  if (proofs.teacher && teacherPinSet) {
    const unlock = await checkTeacherPin(proofs.teacher.pin, now);
    if (!unlock.ok) throw new TeacherPinRequiredError(unlock);
    teacher = true;
  }
  const learners = new Set<string>();
  for (const [id, proof] of Object.entries(proofs.learners ?? {})) {
    const learner = await getDatabase().learners.get(id);
    if (!learner || !isLocked(learner)) continue;
    const unlock = await unlockLearner(id, proof, now);
    if (!unlock.ok) throw new PinRequiredError(id, unlock);
    learners.add(id);
  }
  return { teacherPinSet, teacher, learners };
}

/** The locked learners among `ids` that no proof opened. */
function stillLocked(ids: Iterable<string>, opened: Opened): string[] {
  return opened.teacher ? [] : [...ids].filter((id) => !opened.learners.has(id));
}

/** The stored data cannot be written as a valid file (a learner is missing, a value out of range). */
export class ExportError extends Error {
  override name = 'ExportError';
  constructor(
    readonly code: 'unknown-learner' | 'invalid-data',
    readonly detail: string,
  ) {
    super(`${code}: ${detail}`);
  }
}

/**
 * Writes the file. Locks (TransferLockedError): a backup needs the teacher PIN where one is set, and
 * where none is set but a learner has a lock, a teacher PIN must be set first; a file of chosen learners
 * or of everyone needs, for each locked learner in it, their secret or the teacher PIN.
 */
export async function buildExport({ learnerIds, kind, now = Date.now(), proofs }: ExportOptions): Promise<TransferFile> {
  const opened = await openWith(proofs, now);
  const db = getDatabase();
  const learners = await db.transaction('r', db.learners, db.attempts, db.answers, async () => {
    const wanted = kind === 'learners' && learnerIds ? [...new Set(learnerIds)] : undefined;
    const stored = wanted ? await db.learners.bulkGet(wanted) : await db.learners.orderBy('createdAt').toArray();
    const locked = stored.flatMap((learner) => (learner && isLocked(learner) ? [learner.id] : []));
    if (kind === 'backup') {
      if (opened.teacherPinSet && !opened.teacher) throw new TransferLockedError({ kind: 'teacher', reason: 'backup' });
      if (!opened.teacherPinSet && locked.length > 0) throw new TransferLockedError({ kind: 'set-teacher-pin' });
    } else {
      const closed = stillLocked(locked, opened);
      if (closed.length > 0) throw new TransferLockedError({ kind: 'learners', learnerIds: closed });
    }
    const exported: ExportedLearner[] = [];
    for (const [index, learner] of stored.entries()) {
      if (!learner) throw new ExportError('unknown-learner', wanted?.[index] ?? '');
      const attempts = await db.attempts.where('learnerId').equals(learner.id).toArray();
      // By attempt, not by the answers' learnerId: an answer belongs to the attempt it was given in.
      const answers = await db.answers.where('attemptId').anyOf(attempts.map((attempt) => attempt.id)).toArray();
      // "Everyone" leaves out the untouched default profile; one chosen learner or a backup keeps it.
      if (!wanted && kind === 'learners' && isUnusedDefaultLearner({ ...learner, attempts })) continue;
      exported.push(toExportedLearner(learner, attempts, answers, kind === 'backup'));
    }
    return exported;
  });

  const data: TransferFileData = {
    format: TRANSFER_FORMAT,
    formatVersion: TRANSFER_FORMAT_VERSION,
    appVersion: APP_VERSION,
    exportedAt: new Date(now).toISOString(),
    kind,
    lessons: lessonVersions(learners),
    learners,
  };
  const checked = createTransferFileSchema(now).safeParse(data);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    throw new ExportError('invalid-data', issue ? `${issue.path.map(String).join('.')}: ${issue.message}` : 'unknown');
  }
  return checked.data;
}

/** Compact JSON: files go on USB sticks and into e-mails; people do not read them. */
export function serialiseExport(file: TransferFile): string {
  return JSON.stringify(file);
}

/** Per file learner: who they are here, and what importing them would add, complete or change. */
export async function planImport(file: TransferFile, now = Date.now()): Promise<ImportPlan> {
  const db = getDatabase();
  const stored = await db.transaction('r', [db.learners, db.attempts, db.answers, db.meta], () => readStoredState(file));
  return planFromState(file, stored, now);
}

/**
 * Merges the file in, or throws before writing anything: ImportDecisionError for a missing decision,
 * TransferLockedError for a lock without its proof (importMerge.ts: importLocks) — every write to a
 * locked learner needs their secret or the teacher PIN; where a teacher PIN is set, restoring a backup
 * and writing a PIN hash need it.
 */
export async function applyImport(file: TransferFile, decisions: ImportDecisions = {}, options: ImportOptions = {}, proofs?: TransferProofs): Promise<ImportSummary> {
  const opened = await openWith(proofs, options.now);
  const db = getDatabase();
  return db.transaction('rw', [db.learners, db.attempts, db.answers, db.progress, db.meta], async () => {
    // Planned again inside the transaction: the database may have changed since the user saw the plan.
    const stored = await readStoredState(file);
    const writes = collectWrites(file, stored, decisions, options);
    const locks = importLocks(file, stored, writes);
    if (locks.teacher && !opened.teacher) throw new TransferLockedError({ kind: 'teacher', reason: locks.teacher });
    const closed = stillLocked(locks.learnerIds, opened);
    if (closed.length > 0) throw new TransferLockedError({ kind: 'learners', learnerIds: closed });
    // A locked profile changed with the teacher PIN rather than its own secret shows on the child's card (audit.ts).
    const now = options.now ?? Date.now();
    for (const id of locks.learnerIds) if (!opened.learners.has(id)) await recordEvent('learner-changed', now, id);
    await db.learners.bulkPut(writes.learners);
    await db.attempts.bulkAdd(writes.newAttempts);
    await db.attempts.bulkPut(writes.changedAttempts);
    await db.answers.bulkAdd(writes.newAnswers);
    await db.meta.bulkPut([...writes.mergedInto].map(([fileLearnerId, storedId]) => ({ key: mergedIntoKey(fileLearnerId), value: storedId })));
    let progressRowsWritten = 0;
    for (const learnerId of writes.touchedLearnerIds) progressRowsWritten += await rebuildProgress(learnerId);
    return summarise(writes, progressRowsWritten);
  });
}

/** Where the stored learner a file learner was merged into is remembered (see importMerge.ts: StoredState.mergedInto). */
const mergedIntoKey = (fileLearnerId: string) => `importMergedInto:${fileLearnerId}`;

/** Runs inside the caller's transaction. */
async function readStoredState(file: TransferFile): Promise<StoredState> {
  const db = getDatabase();
  const fileAttempts = file.learners.flatMap((learner) => learner.attempts);
  const learners = await db.learners.toArray();
  const attempts = (await db.attempts.bulkGet(fileAttempts.map((attempt) => attempt.id))).filter((attempt) => attempt !== undefined);
  const answersByAttempt = new Map<string, QuizAnswer[]>(attempts.map((attempt) => [attempt.id, []]));
  for (const answer of await db.answers.where('attemptId').anyOf([...answersByAttempt.keys()]).toArray()) answersByAttempt.get(answer.attemptId)?.push(answer);
  const answers = await db.answers.bulkGet(fileAttempts.flatMap((attempt) => attempt.answers.map((answer) => answer.id)));
  const remembered = await db.meta.bulkGet(file.learners.map((learner) => mergedIntoKey(learner.id)));
  const only = learners.length === 1 ? learners[0] : undefined;
  const empty = learners.length === 0 || (only !== undefined && !isLocked(only) && isUnusedDefaultLearner({ ...only, attempts: await db.attempts.where('learnerId').equals(only.id).limit(1).toArray() }));
  return {
    teacherPinSet: (await teacherLockState()).set,
    empty,
    mergedInto: new Map(file.learners.flatMap((learner, index) => {
      const storedId = remembered[index]?.value;
      return storedId === undefined ? [] : [[learner.id, storedId] as const];
    })),
    learners,
    attempts: new Map(attempts.map((attempt) => [attempt.id, attempt])),
    answersByAttempt,
    answerIds: new Set(answers.flatMap((answer) => (answer ? [answer.id] : []))),
  };
}

/**
 * Rewrites the learner's progress rows that differ from what their attempts say (the rule the quiz uses
 * too). `updatedAt` never moves back: the stored row may have seen a moment no remaining attempt records.
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

/** Every lesson version the attempts were taken on, sorted so the same data gives the same file. */
function lessonVersions(learners: ExportedLearner[]): Record<string, string[]> {
  const versions = new Map<string, Set<string>>();
  for (const attempt of learners.flatMap((learner) => learner.attempts)) {
    const set = versions.get(attempt.lessonId) ?? new Set<string>();
    set.add(attempt.lessonVersion);
    versions.set(attempt.lessonId, set);
  }
  return Object.fromEntries([...versions.keys()].sort().map((lessonId) => [lessonId, [...(versions.get(lessonId) ?? [])].sort()]));
}

/**
 * Field by field rather than a spread: a stored row may carry properties of a later schema or a bug,
 * and the file format is strict. Answers whose attempt is gone cannot be written (the format nests
 * them) and are left out. A PIN hash goes only into a backup: a file handed to a teacher or carried
 * to another computer carries no secret.
 */
function toExportedLearner(learner: Learner, attempts: QuizAttempt[], answers: QuizAnswer[], withPin: boolean): ExportedLearner {
  const answersByAttempt = new Map<string, QuizAnswer[]>();
  for (const answer of answers) {
    const list = answersByAttempt.get(answer.attemptId);
    if (list) list.push(answer);
    else answersByAttempt.set(answer.attemptId, [answer]);
  }
  const exported: ExportedLearner = {
    id: learner.id,
    nickname: learner.nickname,
    avatar: learner.avatar,
    createdAt: learner.createdAt,
    updatedAt: learner.updatedAt,
    attempts: attempts.sort(byTimeThenId((attempt) => attempt.startedAt)).map((attempt) => toExportedAttempt(attempt, answersByAttempt.get(attempt.id) ?? [])),
  };
  // An empty class label means "no class", which the format writes as no field at all.
  if (learner.classLabel?.trim()) exported.classLabel = learner.classLabel;
  if (withPin && learner.pinHash) exported.pinHash = learner.pinHash;
  return exported;
}

function toExportedAttempt(attempt: QuizAttempt, answers: QuizAnswer[]): ExportedAttempt {
  const exported: ExportedAttempt = {
    id: attempt.id,
    lessonId: attempt.lessonId,
    locale: attempt.locale,
    lessonVersion: attempt.lessonVersion,
    questionCount: attempt.questionCount,
    startedAt: attempt.startedAt,
    answers: answers.sort(byTimeThenId((answer) => answer.answeredAt)).map(toExportedAnswer),
  };
  if (attempt.finishedAt !== undefined) exported.finishedAt = attempt.finishedAt;
  if (attempt.correctCount !== undefined) exported.correctCount = attempt.correctCount;
  if (attempt.scorePercent !== undefined) exported.scorePercent = attempt.scorePercent;
  return exported;
}

function toExportedAnswer(answer: QuizAnswer): ExportedAnswer {
  return { id: answer.id, questionId: answer.questionId, selected: [...answer.selected], correct: answer.correct, answeredAt: answer.answeredAt };
}

function byTimeThenId<T extends { id: string }>(time: (row: T) => number) {
  return (a: T, b: T) => time(a) - time(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
