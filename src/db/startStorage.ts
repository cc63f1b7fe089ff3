import { useStorageStatus } from '../stores/storageStatus';
import { loadStore } from './loadStore';

/** Opens storage after the first paint; a chunk that cannot load counts as storage unavailable. */
export function startStorage(): void {
  loadStore().then(
    (store) => store.initStorage(),
    (error: unknown) => {
      useStorageStatus.getState().markUnavailable(error);
      useStorageStatus.getState().markReady();
    },
  );
}
