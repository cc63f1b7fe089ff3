/**
 * The one IndexedDB database of the app. Each version bump gets `.version(n).stores(...)` plus an
 * `.upgrade()` when rows must change, with a comment on what changed and a migration test.
 */
import Dexie, { type EntityTable, type Table } from 'dexie';
import type { AvatarId, Learner, LessonProgress, MetaRecord, QuizAnswer, QuizAttempt } from './types';

export const DATABASE_NAME = 'mang-an-toan';

/** The first schema, kept so the upgrade test can create a version-1 database. */
export const SCHEMA_V1 = {
  learners: 'id, nickname, createdAt',
  attempts: 'id, learnerId, [learnerId+lessonId], startedAt',
  answers: 'id, attemptId, [learnerId+lessonId], answeredAt',
  progress: '[learnerId+lessonId], learnerId, updatedAt',
  meta: 'key',
} as const;

export const DEFAULT_AVATAR: AvatarId = 'cat';

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

  constructor(name = DATABASE_NAME) {
    super(name);
    // Version 1: the foundation schema, with one default learner.
    this.version(1).stores(SCHEMA_V1);
    // Version 2: learner profiles. Learners get an avatar and an updatedAt (import keeps the newer
    // profile); answers get a learnerId index so deleting a learner removes everything of theirs.
    this.version(2)
      .stores({ ...SCHEMA_V1, answers: 'id, attemptId, learnerId, [learnerId+lessonId], answeredAt' })
      .upgrade(async (tx) => {
        await tx
          .table('learners')
          .toCollection()
          .modify((learner: Partial<Learner> & { createdAt: number }) => {
            learner.avatar ??= DEFAULT_AVATAR;
            learner.updatedAt ??= learner.createdAt;
          });
      });
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
