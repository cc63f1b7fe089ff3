/** What the service worker has told us, kept apart from the UI that shows it (UpdatePrompt). */
import { create } from 'zustand';

interface PwaState {
  /** The app is cached and will work offline (first install). */
  offlineReady: boolean;
  /** A new version is waiting; `applyUpdate` activates it and reloads. */
  needRefresh: boolean;
  /** The service worker could not be installed: the app works, but not offline. */
  registerFailed: boolean;
  /** When the last hourly update check failed (for diagnosis; the next one simply tries again). */
  lastUpdateCheckFailedAt: number | null;
  applyUpdate: () => Promise<void>;
  dismissOfflineReady: () => void;
  dismissUpdate: () => void;
}

export const usePwaStore = create<PwaState>()((set) => ({
  offlineReady: false,
  needRefresh: false,
  registerFailed: false,
  lastUpdateCheckFailedAt: null,
  applyUpdate: async () => undefined,
  dismissOfflineReady: () => set({ offlineReady: false }),
  dismissUpdate: () => set({ needRefresh: false }),
}));
