/** Facts about, and the end-of-year reset of, everything the database holds on this computer. */
import { getDatabase } from './db';

export async function storedCounts(): Promise<{ learners: number; attempts: number }> {
  const db = getDatabase();
  return db.transaction('r', db.learners, db.attempts, async () => ({ learners: await db.learners.count(), attempts: await db.attempts.count() }));
}

/**
 * Deletes the whole database. Rejects when another tab keeps it open. The caller also clears the app's
 * preferences (src/stores/safeStorage.ts) and reloads the page.
 */
export async function deleteAllData(): Promise<void> {
  const db = getDatabase();
  db.close();
  await db.delete();
}
