import { useSyncExternalStore } from 'react';

const never = () => () => undefined;

/**
 * False while a prerendered page is rendered (on the build machine) and hydrated, true after, and true at
 * once when the app renders from scratch. For what depends on this browser (plain http, storage
 * problems, an update waiting) and so cannot be part of the prerendered HTML.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    never,
    () => true,
    () => false,
  );
}
