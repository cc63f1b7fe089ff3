/** Reading a learner's progress from the database. */
import { getDatabase } from './db';
import type { LessonProgress } from '../domain/records';

export async function progressByLesson(learnerId: string): Promise<Map<string, LessonProgress>> {
  const rows = await getDatabase().progress.where('learnerId').equals(learnerId).toArray();
  return new Map(rows.map((row) => [row.lessonId, row]));
}

export async function lessonProgress(learnerId: string, lessonId: string): Promise<LessonProgress | undefined> {
  return getDatabase().progress.get({ learnerId, lessonId });
}
