/**
 * Every zustand store of the app. The `unit` project keeps a worker's modules from one test file to the
 * next (vitest.config.ts), so tests/setup.ts returns these to their defaults before each file, as a page
 * opened afresh would have them; tests/unit/appStores.test.ts fails when a store is missing here.
 */
import type { StoreApi } from 'zustand';
import { usePwaStore } from '../src/pwa/pwaStore';
import { useReadAloudStore } from '../src/stores/readAloud';
import { useStorageStatus } from '../src/stores/storageStatus';
import { useUiStore } from '../src/stores/uiStore';

export const APP_STORES = { usePwaStore, useReadAloudStore, useStorageStatus, useUiStore } as const;

/** A store's defaults put back whole (what `create` was given, not what was set since). */
function reset<T>(store: StoreApi<T>): void {
  store.setState(store.getInitialState(), true);
}

export function resetAppStores(): void {
  for (const store of Object.values(APP_STORES)) reset<unknown>(store as StoreApi<unknown>);
}
