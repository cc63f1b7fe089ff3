/**
 * Opens storage after the first paint and tells the storage status (and so the user, through
 * StorageNotice) how it went: src/db only reports, the app decides what to show. A database chunk that
 * cannot load counts as storage unavailable.
 */
import { loadStore } from '../db/loadStore';
import { useStorageStatus } from '../stores/storageStatus';

export async function startStorage(): Promise<void> {
  const status = useStorageStatus.getState();
  try {
    const store = await loadStore();
    const started = await store.initStorage({ onBlocked: () => status.markBlocked() });
    if (!started.ok) {
      status.markUnavailable(started.error);
      status.markReady();
      return;
    }
    status.clearWriteFailure();
    status.markReady();
    // Asked after the learner exists so a slow permission prompt never holds up the first quiz.
    status.setPersisted(await store.requestPersistence());
  } catch (error) {
    status.markUnavailable(error);
    status.markReady();
  }
}
