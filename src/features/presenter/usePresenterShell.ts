/**
 * Presenter screens take the whole window: while one is open, <html> carries the `presenting` class
 * and presenter.css hides the app's header and notices (the slides are the page, and the header's
 * links would otherwise stay focusable under them).
 */
import { useEffect } from 'react';

export function useHiddenAppShell(): void {
  useEffect(() => {
    const root = document.documentElement;
    root.classList.add('presenting');
    return () => root.classList.remove('presenting');
  }, []);
}

/** Opens (or brings forward) a named second window; false when the browser blocked it. */
export function openWindow(path: string, name: string): boolean {
  const opened = window.open(path, name, 'popup,width=1100,height=760');
  if (!opened) return false;
  opened.focus();
  return true;
}
