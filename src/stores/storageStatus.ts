/**
 * Whether this computer can keep the learner's results, told to the user by StorageNotice
 * (src/app/StorageNotice.tsx). Only the short-lived status lives here; the stored data itself stays in
 * Dexie, and src/db reports to this store only through what the app passes in (startStorage, and
 * `storageReporter` for the quiz's write queue).
 */
import { create } from 'zustand';

export type StorageProblem =
  /** IndexedDB cannot be opened at all (blocked, private mode, unsupported). */
  | 'unavailable'
  /** A write failed (quota, a closed database); `retry` tries the unsaved writes again. */
  | 'write-failed'
  /** Another tab keeps an older version of the database open, so this one cannot upgrade it yet. */
  | 'blocked';

interface StorageStatusState {
  /** Start-up checks are done (whatever their outcome). */
  ready: boolean;
  problem: StorageProblem | null;
  /** The error's name (e.g. QuotaExceededError), for the person helping. */
  detail: string | null;
  /** Whether the browser granted persistent storage; null when unknown or not asked. */
  persisted: boolean | null;
  retry: (() => Promise<void>) | null;
  markUnavailable: (error: unknown) => void;
  markBlocked: () => void;
  markWriteFailed: (error: unknown, retry: () => Promise<void>) => void;
  clearWriteFailure: () => void;
  setPersisted: (persisted: boolean | null) => void;
  markReady: () => void;
}

export const useStorageStatus = create<StorageStatusState>()((set) => ({
  ready: false,
  problem: null,
  detail: null,
  persisted: null,
  retry: null,
  markUnavailable: (error) => set({ problem: 'unavailable', detail: errorName(error), retry: null }),
  markBlocked: () => set({ problem: 'blocked', detail: null, retry: null }),
  markWriteFailed: (error, retry) =>
    set((state) => (state.problem === 'unavailable' ? state : { problem: 'write-failed', detail: errorName(error), retry })),
  clearWriteFailure: () => set((state) => (state.problem === 'write-failed' || state.problem === 'blocked' ? { problem: null, detail: null, retry: null } : state)),
  setPersisted: (persisted) => set({ persisted }),
  markReady: () => set({ ready: true }),
}));

/** What the quiz's write queue (src/db/QuizRecorder.ts) reports, shown to the user by StorageNotice. */
export const storageReporter = {
  canWrite: () => useStorageStatus.getState().problem !== 'unavailable',
  failed: (error: unknown, retry: () => Promise<void>) => useStorageStatus.getState().markWriteFailed(error, retry),
  saved: () => useStorageStatus.getState().clearWriteFailure(),
};

function errorName(error: unknown): string {
  if (error && typeof error === 'object') {
    const inner = (error as { inner?: unknown }).inner;
    const name = (inner && typeof inner === 'object' && 'name' in inner ? inner.name : undefined) ?? (error as { name?: unknown }).name;
    if (typeof name === 'string') return name;
  }
  return String(error);
}
