/**
 * The help path's quick exit, for a child who must hide the screen at once: the page is replaced by a
 * blank one (about:blank — nothing about help, and it needs no network, so it works offline too), in
 * the same history entry, so the browser's Back does not bring the path back. Not the app's own home
 * page: its header still offers 111 and "Em cần giúp?".
 *
 * Its key is Esc pressed twice within QUICK_EXIT_WINDOW: one Esc already closes the menu, a notice or a
 * dialog here (those mark the press handled, and it does not count), and a child who pressed it for that
 * must not lose the page they were reading.
 */
import { useEffect } from 'react';
import { stopReading } from '../../ui/readAloud/speech';

/** Two presses of Esc at most this far apart leave. */
export const QUICK_EXIT_WINDOW = 1500; // ms

export function leaveQuickly(): void {
  // Speech would go on over the blank page in some browsers: nothing of the app may still be heard.
  stopReading();
  window.location.replace('about:blank');
}

/** Listens for Esc twice while the help path is open. */
export function useQuickExitKey(leave: () => void = leaveQuickly): void {
  useEffect(() => {
    let last = -Infinity;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.repeat) return;
      if (event.defaultPrevented) {
        last = -Infinity;
        return;
      }
      const now = Date.now();
      if (now - last <= QUICK_EXIT_WINDOW) {
        event.preventDefault();
        leave();
      } else last = now;
    };
    // On the window, after the document's listeners (a notice's own Escape marks the press handled first).
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [leave]);
}
