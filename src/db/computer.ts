/** Facts about, and the end-of-year reset of, everything this computer stores for the app. */
import { getDatabase } from './db';

export async function storedCounts(): Promise<{ learners: number; attempts: number }> {
  const db = getDatabase();
  return db.transaction('r', db.learners, db.attempts, async () => ({ learners: await db.learners.count(), attempts: await db.attempts.count() }));
}

/** Deletes the whole database and the app's preferences. The caller reloads the page afterwards. */
export async function resetComputer(): Promise<void> {
  const db = getDatabase();
  db.close();
  await db.delete();
  try {
    for (const key of Object.keys(window.localStorage)) if (key.startsWith('mang-an-toan:')) window.localStorage.removeItem(key);
  } catch {
    // localStorage blocked: nothing of ours can be in it either.
  }
}
