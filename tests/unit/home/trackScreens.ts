/**
 * The screens and helpers the track tests use, imported together after vi.resetModules(): the test
 * setup has already loaded the catalog from the fixture pack, so the screens must come from a fresh
 * module graph that reads the replaced `virtual:lesson-catalog`.
 */
export { loadCatalog } from '../../../src/content/catalog';
export { initStorage } from '../../../src/db/storage';
export { HomePage } from '../../../src/features/home/HomePage';
export { BandPage } from '../../../src/features/lessons/BandPage';
export { LessonPage } from '../../../src/features/lessons/LessonPage';
export { QuizPage } from '../../../src/features/quiz/QuizPage';
export { TeacherPage } from '../../../src/features/teacher/TeacherPage';
export { useStorageStatus } from '../../../src/stores/storageStatus';
export { useUiStore } from '../../../src/stores/uiStore';
export { freshDatabase, renderWithProviders } from '../../test-utils';
// This graph's own Testing Library (loaded afresh by the reset, like the screens): its cleanup is the one
// that knows the screens these tests render.
export { cleanup } from '@testing-library/react';
