/**
 * Small preferences (language, large text) in localStorage so they apply before the first paint.
 * localStorage throws in some private modes and when storage is blocked: then preferences last for
 * this visit only, which is better than a crash.
 */
const PREFIX = 'mang-an-toan:';

export function readPreference(key: string): string | null {
  try {
    return window.localStorage.getItem(PREFIX + key);
  } catch {
    return null;
  }
}

export function writePreference(key: string, value: string): void {
  try {
    window.localStorage.setItem(PREFIX + key, value);
  } catch {
    // Not persisted: see the module comment.
  }
}
