/**
 * Start-up of the browser's storage: open the database, make sure a learner exists, and ask the
 * browser to keep our data (otherwise it may evict it when the disk fills). Never throws: the result
 * says what happened, and the caller (src/app/startStorage.ts) tells the user; lessons keep working.
 */
import { getDatabase } from './db';
import { ensureCurrentLearner } from './learners';

export type StorageStart = { ok: true } | { ok: false; error: unknown };

export interface StorageStartEvents {
  /** An old tab holding the previous schema delays the upgrade (called again on every attempt). */
  onBlocked?: () => void;
}

export async function initStorage(events: StorageStartEvents = {}): Promise<StorageStart> {
  try {
    if (typeof indexedDB === 'undefined') throw new Error('IndexedDB is not available');
    const db = getDatabase();
    // Say so instead of hanging silently.
    if (events.onBlocked) db.on('blocked', events.onBlocked);
    await db.open();
    await ensureCurrentLearner();
    return { ok: true };
  } catch (error) {
    return { ok: false, error };
  }
}

/**
 * Whether the browser keeps our data when the disk fills; null when it cannot say. navigator.storage is
 * missing on plain-http pages and old browsers; that is not an error.
 */
export async function requestPersistence(): Promise<boolean | null> {
  try {
    const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
    if (!storage?.persist) return null;
    return (await storage.persisted?.()) || (await storage.persist());
  } catch {
    return null;
  }
}
