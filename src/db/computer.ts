/** Facts about, and the end-of-year reset of, everything the database holds on this computer. */
import { getDatabase } from './db';
import { requireTeacher, type TeacherProof } from './teacherLock';

export async function storedCounts(): Promise<{ learners: number; attempts: number }> {
  const db = getDatabase();
  return db.transaction('r', db.learners, db.attempts, async () => ({ learners: await db.learners.count(), attempts: await db.attempts.count() }));
}

/**
 * Deletes the whole database; needs the teacher PIN where one is set. Rejects when another tab keeps it
 * open. The caller also clears the app's preferences (src/stores/safeStorage.ts) and reloads the page.
 */
export async function deleteAllData(proof?: TeacherProof): Promise<void> {
  await requireTeacher(proof);
  const db = getDatabase();
  db.close();
  await db.delete();
}
