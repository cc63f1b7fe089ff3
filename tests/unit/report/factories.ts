/** Small builders for the class-report tests: plain progress-file data with overrides. */
import type { CatalogEntry } from '../../../src/content/types';
import type { ExportedAnswer, ExportedAttempt, ExportedLearner, TransferFileData } from '../../../src/domain/progressFile';

export const MINUTE = 60_000; // ms
export const T0 = Date.UTC(2026, 9, 1, 8);

export function entry(overrides: Partial<CatalogEntry> & Pick<CatalogEntry, 'id'>): CatalogEntry {
  return {
    locale: 'vi',
    band: 'lop-6-9',
    topic: 'personal-data',
    order: 1,
    title: overrides.id,
    summary: '',
    duration: 45,
    questionCount: 3,
    competences: [],
    version: 'v1',
    ...overrides,
  };
}

export function answer(id: string, questionId: string, correct: boolean, overrides: Partial<ExportedAnswer> = {}): ExportedAnswer {
  return { id, questionId, selected: [correct ? 0 : 1], correct, answeredAt: T0, ...overrides };
}

/** A finished attempt when `scorePercent` is given, else an unfinished one. */
export function attempt(id: string, lessonId: string, overrides: Partial<ExportedAttempt> = {}): ExportedAttempt {
  const base: ExportedAttempt = { id, lessonId, locale: 'vi', lessonVersion: 'v1', questionCount: 3, startedAt: T0, answers: [] };
  const merged = { ...base, ...overrides };
  if (merged.scorePercent !== undefined) {
    merged.finishedAt ??= merged.startedAt + 5 * MINUTE;
    merged.correctCount ??= Math.round((merged.scorePercent / 100) * merged.questionCount);
  }
  return merged;
}

export function learner(id: string, nickname: string, classLabel: string | undefined, attempts: ExportedAttempt[], overrides: Partial<ExportedLearner> = {}): ExportedLearner {
  const value: ExportedLearner = { id, nickname, avatar: 'cat', createdAt: T0, updatedAt: T0, attempts, ...overrides };
  if (classLabel !== undefined) value.classLabel = classLabel;
  return value;
}

/** A whole progress file (docs/export-format.md) around some learners; `lessons` lists the versions used. */
export function fileData(learners: ExportedLearner[]): TransferFileData {
  const lessons: Record<string, string[]> = {};
  for (const l of learners) {
    for (const a of l.attempts) {
      const versions = (lessons[a.lessonId] ??= []);
      if (!versions.includes(a.lessonVersion)) versions.push(a.lessonVersion);
    }
  }
  return {
    format: 'mang-an-toan/progress',
    formatVersion: 1,
    appVersion: '0.1.0',
    exportedAt: new Date(T0 + 60 * MINUTE).toISOString(),
    kind: 'learners',
    lessons,
    learners,
  };
}
