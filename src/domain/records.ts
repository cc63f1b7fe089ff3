/**
 * The records of the curriculum's learning: who learns (Learner), each quiz run (QuizAttempt), each answer
 * (QuizAnswer) and the derived summary (LessonProgress). The domain rules and the progress file speak in
 * these; src/db stores one table per record. Ids are random strings so records from two computers can be merged.
 */
import type { Locale } from '../content/vocabulary';
import type { AttemptFacts } from './learning';

/** Built-in pictures a child picks instead of a photo (drawn in src/ui/Avatar.tsx). */
export const AVATAR_IDS = ['cat', 'bear', 'rabbit', 'owl', 'fox', 'panda', 'frog', 'chick'] as const;
export type AvatarId = (typeof AVATAR_IDS)[number];

export interface Learner {
  id: string;
  /** A nickname, not a real name: it may be printed on a certificate and moves with exports. */
  nickname: string;
  avatar: AvatarId;
  /** Optional class such as "6A", to sort learners and filter class reports. */
  classLabel?: string;
  /** Salted hash of an optional 4-digit PIN. Keeps classmates out, not an adult: a teacher can clear it. */
  pinHash?: string;
  /**
   * Salted hash of an optional picture password (3 of 9 pictures in order), for a child who cannot type
   * a PIN yet. Never set together with pinHash; never in any file (src/domain/secrets.ts).
   */
  pictureHash?: string;
  /** ms since epoch */
  createdAt: number;
  /** ms since epoch; on import the newer profile wins. */
  updatedAt: number;
}

/** One run through a lesson's quiz (its scoring facts are the learning rules' AttemptFacts). */
export interface QuizAttempt extends AttemptFacts {
  learnerId: string;
  locale: Locale;
}

/** Every answer is stored the moment it is checked, so nothing is lost if the page closes. */
export interface QuizAnswer {
  id: string;
  attemptId: string;
  learnerId: string;
  lessonId: string;
  lessonVersion: string;
  questionId: string;
  /** Indexes of the chosen options. */
  selected: number[];
  correct: boolean;
  answeredAt: number;
}

export type LessonStatus = 'in-progress' | 'completed';

/** Derived summary per learner and lesson, kept in step with attempts inside the same transaction. */
export interface LessonProgress {
  learnerId: string;
  lessonId: string;
  status: LessonStatus;
  /** Best finished score, 0–100; absent until a quiz is finished. */
  bestPercent?: number;
  finishedAttempts: number;
  lastAttemptId: string;
  updatedAt: number;
}
