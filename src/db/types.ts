/** One type per stored table. Ids are random strings so records from two computers can be merged later. */
import type { Locale } from '../content/vocabulary';

export interface Learner {
  id: string;
  nickname: string;
  /** ms since epoch */
  createdAt: number;
}

/** One run through a lesson's quiz. */
export interface QuizAttempt {
  id: string;
  learnerId: string;
  lessonId: string;
  locale: Locale;
  /** Content hash of the lesson file the questions came from. */
  lessonVersion: string;
  questionCount: number;
  startedAt: number;
  /** Set when the last question was answered. */
  finishedAt?: number;
  correctCount?: number;
  /** 0–100, rounded */
  scorePercent?: number;
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

export interface MetaRecord {
  key: string;
  value: string;
}
