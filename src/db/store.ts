/**
 * Everything that touches IndexedDB, in one chunk loaded after the first paint (see loadStore.ts):
 * Dexie is a quarter of the app's JavaScript, and the first screen does not need it to render.
 */
export { liveQuery } from 'dexie';
export * as audit from './audit';
export { findResumableAttempt, finishAttempt, listAttempts, recordAnswer, startAttempt } from './attempts';
export { deleteAllData, storedCounts } from './computer';
export * as learners from './learners';
export { currentLearnerId, ensureCurrentLearner, getLearner, listLearners } from './learners';
export { lessonProgress, progressByLesson } from './progress';
export * as scans from './scans';
export * as settings from './settings';
export * as teacherLock from './teacherLock';
export { initStorage, requestPersistence } from './storage';
