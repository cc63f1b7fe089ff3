/** Test data: a compiled lesson with sensible defaults; each test overrides what it is about. */
import type { LessonBody } from '../src/content/types';

export function lessonBody(overrides: Partial<LessonBody> = {}): LessonBody {
  const quiz = overrides.quiz ?? [];
  return {
    id: 'test-lesson',
    locale: 'vi',
    band: 'lop-4-5',
    topic: 'personal-data',
    order: 1,
    title: 'Bài thử',
    summary: 'Tóm tắt',
    duration: 35,
    version: 'v1',
    objectives: ['Mục tiêu'],
    competences: ['4.2'],
    keyTerms: [],
    sections: [],
    ...overrides,
    quiz,
    questionCount: overrides.questionCount ?? quiz.length,
  };
}
