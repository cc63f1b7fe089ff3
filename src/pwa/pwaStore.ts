/** What the service worker has told us, kept apart from the UI that shows it (UpdatePrompt). */
import { create } from 'zustand';

interface PwaState {
  /** The app is cached and will work offline (first install). */
  offlineReady: boolean;
  /** A new version is waiting; `applyUpdate` activates it and reloads. */
  needRefresh: boolean;
  applyUpdate: () => Promise<void>;
  dismissOfflineReady: () => void;
  dismissUpdate: () => void;
}

export const usePwaStore = create<PwaState>()((set) => ({
  offlineReady: false,
  needRefresh: false,
  applyUpdate: async () => undefined,
  dismissOfflineReady: () => set({ offlineReady: false }),
  dismissUpdate: () => set({ needRefresh: false }),
}));
