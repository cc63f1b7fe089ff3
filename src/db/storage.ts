/**
 * Start-up checks of the browser's storage: open the database, make sure a learner exists, and ask the
 * browser to keep our data (otherwise it may evict it when the disk fills). Never throws: a problem is
 * recorded in the storage status and shown to the user, and lessons keep working.
 */
import { useStorageStatus } from '../stores/storageStatus';
import { getDatabase } from './db';
import { ensureCurrentLearner } from './learners';

export async function initStorage(): Promise<void> {
  const status = useStorageStatus.getState();
  try {
    if (typeof indexedDB === 'undefined') throw new Error('IndexedDB is not available');
    const db = getDatabase();
    // An old tab holding the previous schema delays the upgrade: say so instead of hanging silently.
    db.on('blocked', () => status.markBlocked());
    await db.open();
    status.clearWriteFailure();
    await ensureCurrentLearner();
  } catch (error) {
    status.markUnavailable(error);
    status.markReady();
    return;
  }
  status.markReady();
  // Asked after the learner exists so a slow permission prompt never holds up the first quiz.
  status.setPersisted(await requestPersistence());
}

/** navigator.storage is missing on plain-http pages and old browsers; that is not an error. */
async function requestPersistence(): Promise<boolean | null> {
  try {
    const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
    if (!storage?.persist) return null;
    return (await storage.persisted?.()) || (await storage.persist());
  } catch {
    return null;
  }
}
