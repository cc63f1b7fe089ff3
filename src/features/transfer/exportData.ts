/**
 * Writing a progress file: one learner, several, or the whole computer (a backup for when IT reinstalls
 * the machines). Read in one transaction so a quiz finishing meanwhile cannot leave an attempt without
 * its answers in the file; then checked against the same schema an import uses, so a file this app
 * writes is always one it can read back — a problem shows now, not on the day the backup is needed.
 */
import { getDatabase } from '../../db/db';
import type { Learner, QuizAnswer, QuizAttempt } from '../../db/types';
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
} from './format';

export interface ExportOptions {
  /** Learners to export, in this order; every learner on the computer when absent. */
  learnerIds?: string[];
  kind: TransferKind;
  /** ms since epoch */
  now?: number;
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

export async function buildExport({ learnerIds, kind, now = Date.now() }: ExportOptions): Promise<TransferFile> {
  const db = getDatabase();
  const learners = await db.transaction('r', db.learners, db.attempts, db.answers, async () => {
    const wanted = learnerIds && [...new Set(learnerIds)];
    const stored = wanted ? await db.learners.bulkGet(wanted) : await db.learners.orderBy('createdAt').toArray();
    const exported: ExportedLearner[] = [];
    for (const [index, learner] of stored.entries()) {
      if (!learner) throw new ExportError('unknown-learner', wanted?.[index] ?? '');
      const attempts = await db.attempts.where('learnerId').equals(learner.id).toArray();
      // By attempt, not by the answers' learnerId: an answer belongs to the attempt it was given in.
      const answers = await db.answers.where('attemptId').anyOf(attempts.map((attempt) => attempt.id)).toArray();
      exported.push(toExportedLearner(learner, attempts, answers));
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

const FILE_PREFIX = 'mang-an-toan';
/** The learner part of a file name; keeps the whole name near 60 characters. */
const NAME_PART_MAX_LENGTH = 30;

/**
 * Plain ASCII (USB sticks formatted FAT32, e-mail attachments, old Windows): `mang-an-toan-lan-6a-
 * 2026-11-23.json` for one learner, `mang-an-toan-sao-luu-2026-11-23.json` for a backup or a class.
 * The date is the local day of the export, which is what a teacher looking for the file remembers.
 */
export function exportFileName(file: TransferFile): string {
  const [only] = file.learners;
  const who = file.kind === 'learners' && file.learners.length === 1 && only ? asciiSlug(`${only.nickname} ${only.classLabel ?? ''}`) || 'hoc-sinh' : 'sao-luu';
  return `${FILE_PREFIX}-${who}-${localDate(new Date(file.exportedAt))}.json`;
}

/** "Trần Đức Anh 6A" → "tran-duc-anh-6a": drop accents (đ has none to drop), then keep [a-z0-9]. */
export function asciiSlug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, NAME_PART_MAX_LENGTH)
    .replace(/^-+|-+$/g, '');
}

function localDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
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
 * them) and are left out.
 */
function toExportedLearner(learner: Learner, attempts: QuizAttempt[], answers: QuizAnswer[]): ExportedLearner {
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
  if (learner.pinHash) exported.pinHash = learner.pinHash;
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
