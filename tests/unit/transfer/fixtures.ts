/** Shared data for the transfer tests: a small valid file, a seeded history, and database snapshots. */
import { expect } from 'vitest';
import { finishAttempt, recordAnswer, startAttempt } from '../../../src/db/attempts';
import { getDatabase, type AppDatabase } from '../../../src/db/db';
import { ensureCurrentLearner } from '../../../src/db/learners';
import { setTeacherPin } from '../../../src/db/teacherLock';
import type { TransferProofs } from '../../../src/db/transfer';
import type { Learner } from '../../../src/domain/records';
import type { TransferFile, TransferFileData } from '../../../src/domain/progressFile';
import { parseTransferFile } from '../../../src/domain/parseProgressFile';

export const MINUTE = 60_000; // ms
/** The moment the hostile-input tests check files at (12:00 UTC: the same date in every time zone). */
export const NOW = Date.UTC(2026, 10, 23, 12);
/** When the seeded history starts: before NOW and before the real clock of whoever runs the tests. */
export const T0 = Date.UTC(2026, 9, 1, 8);

export const TEACHER = { kind: 'teacher-pin', pin: '20112026' } as const;

/**
 * Sets the teacher PIN and returns it as the proof a backup, or a file with a locked learner, needs
 * (the seeded Minh has a PIN): tests of what a file holds pass it, tests of the locks do not.
 */
export async function asTeacher(): Promise<TransferProofs> {
  await setTeacherPin(TEACHER.pin);
  return { teacher: TEACHER };
}

export const PERSONAL_DATA = { id: 'lop-6-9-personal-data', locale: 'vi' as const, version: 'abc123abc123', questionCount: 2 };
export const HOTLINE = { id: 'lop-6-9-hotline-111', locale: 'en' as const, version: 'def456def456', questionCount: 3 };

/** A small, valid file with fixed ids and times: two learners, finished and unfinished attempts. */
export function validFileData(): TransferFileData {
  return {
    format: 'mang-an-toan/progress',
    formatVersion: 1,
    appVersion: '0.1.0',
    exportedAt: new Date(T0 + 60 * MINUTE).toISOString(),
    kind: 'learners',
    lessons: { 'lop-6-9-hotline-111': ['def456def456'], 'lop-6-9-personal-data': ['abc123abc123'] },
    learners: [
      {
        id: 'learner-lan',
        nickname: 'Lan',
        avatar: 'cat',
        classLabel: '6A',
        createdAt: T0,
        updatedAt: T0 + MINUTE,
        attempts: [
          {
            id: 'attempt-1',
            lessonId: 'lop-6-9-personal-data',
            locale: 'vi',
            lessonVersion: 'abc123abc123',
            questionCount: 2,
            startedAt: T0 + 2 * MINUTE,
            finishedAt: T0 + 5 * MINUTE,
            correctCount: 1,
            scorePercent: 50,
            answers: [
              { id: 'answer-1', questionId: 'q1', selected: [0], correct: true, answeredAt: T0 + 3 * MINUTE },
              { id: 'answer-2', questionId: 'q2', selected: [1, 2], correct: false, answeredAt: T0 + 5 * MINUTE },
            ],
          },
          {
            id: 'attempt-2',
            lessonId: 'lop-6-9-hotline-111',
            locale: 'en',
            lessonVersion: 'def456def456',
            questionCount: 3,
            startedAt: T0 + 10 * MINUTE,
            answers: [{ id: 'answer-3', questionId: 'q1', selected: [2], correct: true, answeredAt: T0 + 11 * MINUTE }],
          },
        ],
      },
      {
        id: 'learner-minh',
        nickname: 'Minh',
        avatar: 'fox',
        pinHash: 'salt$0f1e2d3c',
        createdAt: T0 + MINUTE,
        updatedAt: T0 + MINUTE,
        attempts: [
          {
            id: 'attempt-3',
            lessonId: 'lop-6-9-personal-data',
            locale: 'vi',
            lessonVersion: 'abc123abc123',
            questionCount: 2,
            startedAt: T0 + 20 * MINUTE,
            finishedAt: T0 + 22 * MINUTE,
            correctCount: 2,
            scorePercent: 100,
            answers: [
              { id: 'answer-4', questionId: 'q1', selected: [0], correct: true, answeredAt: T0 + 21 * MINUTE },
              { id: 'answer-5', questionId: 'q2', selected: [1], correct: true, answeredAt: T0 + 22 * MINUTE },
            ],
          },
        ],
      },
    ],
  };
}

/** Parses text that must be valid, failing the test with the parser's reason otherwise. */
export function parseValid(input: string | Uint8Array, now = NOW): TransferFile {
  const result = parseTransferFile(input, { now });
  if (!result.ok) throw new Error(`expected a valid file, got ${result.reason}: ${result.detail ?? ''}`);
  return result.file;
}

/** A file changed by `edit`, checked again (a TransferFile only comes out of the parser). */
export function editedFile(edit: (data: TransferFileData) => void, now = NOW): TransferFile {
  const data = validFileData();
  edit(data);
  return parseValid(JSON.stringify(data), now);
}

export interface SeededHistory {
  lan: Learner;
  minh: Learner;
}

/**
 * Two learners with a history written by the real repository functions: Lan (the default learner,
 * renamed) finished one lesson twice and left another unfinished; Minh finished one lesson.
 */
export async function seedTwoLearners(): Promise<SeededHistory> {
  const db = getDatabase();
  const created = await ensureCurrentLearner();
  if (!created) throw new Error('a new computer starts with a default learner, not in guest mode');
  await db.learners.update(created.id, { nickname: 'Lan', classLabel: '6A', updatedAt: T0 });
  const lan = (await db.learners.get(created.id)) as Learner;
  const minh: Learner = { id: 'minh-0001', nickname: 'Minh', avatar: 'fox', pinHash: 'salt$0f1e2d3c', createdAt: T0, updatedAt: T0 };
  await db.learners.add(minh);

  let time = T0 + MINUTE;
  const tick = () => (time += MINUTE);

  const first = await startAttempt(lan.id, PERSONAL_DATA, tick());
  await recordAnswer(first, { questionId: 'q1', selected: [0], correct: true }, tick());
  await recordAnswer(first, { questionId: 'q2', selected: [2, 1], correct: false }, tick());
  await finishAttempt(first.id, tick());
  const second = await startAttempt(lan.id, PERSONAL_DATA, tick());
  await recordAnswer(second, { questionId: 'q1', selected: [0], correct: true }, tick());
  await recordAnswer(second, { questionId: 'q2', selected: [1], correct: true }, tick());
  await finishAttempt(second.id, tick());
  const unfinished = await startAttempt(lan.id, HOTLINE, tick());
  await recordAnswer(unfinished, { questionId: 'q1', selected: [1], correct: false }, tick());

  const minhs = await startAttempt(minh.id, PERSONAL_DATA, tick());
  await recordAnswer(minhs, { questionId: 'q1', selected: [1], correct: false }, tick());
  await recordAnswer(minhs, { questionId: 'q2', selected: [1], correct: true }, tick());
  await finishAttempt(minhs.id, tick());
  return { lan, minh };
}

/** Every row of every table (Table.toArray() lists rows in primary-key order). */
export async function snapshot(db: AppDatabase = getDatabase()) {
  return db.transaction('r', db.tables, async () => ({
    learners: await db.learners.toArray(),
    attempts: await db.attempts.toArray(),
    answers: await db.answers.toArray(),
    progress: await db.progress.toArray(),
    meta: await db.meta.toArray(),
  }));
}

export type Snapshot = Awaited<ReturnType<typeof snapshot>>;

export async function expectUnchanged(before: Snapshot, db: AppDatabase = getDatabase()): Promise<void> {
  expect(await snapshot(db)).toEqual(before);
}
