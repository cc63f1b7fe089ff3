/**
 * The one IndexedDB database of the app. Each version bump gets `.version(n).stores(...)` plus an
 * `.upgrade()` when rows must change, with a comment on what changed and a migration test.
 */
import { DEFAULT_LEARNER_NICKNAME } from '../domain/learning';
import Dexie, { type EntityTable, type Table } from 'dexie';
import { repairName } from '../domain/names';
import type { AvatarId, Learner, LessonProgress, QuizAnswer, QuizAttempt } from '../domain/records';
import type { MetaRecord, ScannedResults } from './types';

export const DATABASE_NAME = 'mang-an-toan';

/** The first schema, kept so the upgrade test can create a version-1 database. */
export const SCHEMA_V1 = {
  learners: 'id, nickname, createdAt',
  attempts: 'id, learnerId, [learnerId+lessonId], startedAt',
  answers: 'id, attemptId, [learnerId+lessonId], answeredAt',
  progress: '[learnerId+lessonId], learnerId, updatedAt',
  meta: 'key',
} as const;

/** Version 2 adds the answers' learnerId index; version 3 keeps it (it only repairs rows). */
export const SCHEMA_V2 = { ...SCHEMA_V1, answers: 'id, attemptId, learnerId, [learnerId+lessonId], answeredAt' } as const;

/** Version 4 adds the results scanned from QR codes for the class report. */
export const SCHEMA_V4 = { ...SCHEMA_V2, scans: 'id, scannedAt' } as const;

export const DEFAULT_AVATAR: AvatarId = 'cat';
/** The nickname of the profile a new computer starts with (and of a nickname the v3 repair emptied). */
export const DEFAULT_NICKNAME = DEFAULT_LEARNER_NICKNAME;

export class AppDatabase extends Dexie {
  /** Children using this computer (profiles: nickname, avatar, class, optional PIN). */
  learners!: EntityTable<Learner, 'id'>;
  /** Quiz runs: one row per start of a quiz, finished or not. */
  attempts!: EntityTable<QuizAttempt, 'id'>;
  /** Every checked answer, with its time and lesson version. */
  answers!: EntityTable<QuizAnswer, 'id'>;
  /** Per learner and lesson: status and best score, for lists and maps without scanning attempts. */
  progress!: Table<LessonProgress, [learnerId: string, lessonId: string]>;
  /** Small key/value facts about this computer, e.g. the current learner. */
  meta!: EntityTable<MetaRecord, 'key'>;
  /** On a teacher's phone: learners' results scanned from QR codes, for the class report (src/db/scans.ts). */
  scans!: EntityTable<ScannedResults, 'id'>;

  constructor(name = DATABASE_NAME) {
    super(name);
    // Version 1: the foundation schema, with one default learner.
    this.version(1).stores(SCHEMA_V1);
    // Version 2: learner profiles. Learners get an avatar and an updatedAt (import keeps the newer
    // profile); answers get a learnerId index so deleting a learner removes everything of theirs.
    this.version(2)
      .stores(SCHEMA_V2)
      .upgrade(async (tx) => {
        await tx
          .table('learners')
          .toCollection()
          .modify((learner: Partial<Learner> & { createdAt: number }) => {
            learner.avatar ??= DEFAULT_AVATAR;
            learner.updatedAt ??= learner.createdAt;
          });
      });
    // Version 3: names obey one rule (src/domain/names.ts). Older forms stored a tab, a line break or
    // U+0085 typed into a nickname, and the whole-computer backup then failed its own check: such
    // names are repaired (the character dropped or made a space), an emptied nickname gets the default.
    // Same tables and indexes; old v1 PIN hashes are replaced later, when the right PIN is typed.
    this.version(3)
      .stores(SCHEMA_V2)
      .upgrade(async (tx) => {
        await tx
          .table('learners')
          .toCollection()
          .modify((learner: Learner) => {
            learner.nickname = repairName(learner.nickname, 'nickname') || DEFAULT_NICKNAME;
            const classLabel = learner.classLabel === undefined ? '' : repairName(learner.classLabel, 'classLabel');
            if (classLabel) learner.classLabel = classLabel;
            else delete learner.classLabel;
          });
      });
    // Version 4: a new table, the results a teacher scanned from learners' QR codes; no row changes.
    this.version(4).stores(SCHEMA_V4);
  }
}

let instance: AppDatabase | undefined;

/** The app's database; tests swap it for a fresh one with `setDatabase`. */
export function getDatabase(): AppDatabase {
  instance ??= new AppDatabase();
  return instance;
}

export function setDatabase(db: AppDatabase): void {
  instance = db;
}
