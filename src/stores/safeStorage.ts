/**
 * The one way into localStorage, for small things that must be there before the database opens or that
 * do not belong in it: preferences (language, large text, teacher mode), a class quiz in progress, the
 * presenter's fallback channel. localStorage throws in some private modes and when the user blocks
 * storage: then these things last for this visit only, which is better than a crash — so no caller
 * needs a try/catch of its own.
 *
 * Every key starts with "mang-an-toan:", so resetting the computer can remove exactly the app's keys.
 */
const PREFIX = 'mang-an-toan:';

/** The browser's localStorage, or null where it is blocked. */
export function localStore(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    // Reading the property throws where storage is blocked: null is "no storage", which callers handle.
    return null;
  }
}

export function readStored(key: string): string | null {
  try {
    return localStore()?.getItem(PREFIX + key) ?? null;
  } catch {
    // Blocked: the same as nothing stored, so the default preference applies for this visit.
    return null;
  }
}

/** Returns whether the value was kept (false when storage is blocked or full). */
export function writeStored(key: string, value: string): boolean {
  try {
    const storage = localStore();
    storage?.setItem(PREFIX + key, value);
    return storage !== null;
  } catch {
    // Blocked or full: the caller is told (false) and decides whether the person needs to know.
    return false;
  }
}

export function removeStored(key: string): void {
  try {
    localStore()?.removeItem(PREFIX + key);
  } catch {
    // Blocked storage holds nothing of ours to remove.
  }
}

/** Removes every key of the app (the end-of-year reset); other sites' and apps' keys stay. */
export function clearStored(): void {
  try {
    const storage = localStore();
    if (!storage) return;
    for (const key of Object.keys(storage)) if (key.startsWith(PREFIX)) storage.removeItem(key);
  } catch {
    // Blocked storage holds nothing of ours to remove.
  }
}

/** Calls `listener` with the new value when another tab of this site writes `key` (the `storage` event). */
export function onStoredChange(key: string, listener: (value: string) => void): () => void {
  const heard = (event: StorageEvent) => {
    if (event.key === PREFIX + key && event.newValue !== null) listener(event.newValue);
  };
  window.addEventListener('storage', heard);
  return () => window.removeEventListener('storage', heard);
}
