/**
 * Presenter screens take the whole window: while one is open, <html> carries the `presenting` class
 * and presenter.css hides the app's header and notices (the slides are the page, and the header's
 * links would otherwise stay focusable under them).
 */
import { useCallback, useEffect, useState } from 'react';

export function useHiddenAppShell(): void {
  useEffect(() => {
    const root = document.documentElement;
    root.classList.add('presenting');
    return () => root.classList.remove('presenting');
  }, []);
}

export interface FullscreenControl {
  /** False where the Fullscreen API is missing or not allowed (then the button is not shown). */
  supported: boolean;
  active: boolean;
  toggle: () => void;
}

/** The whole page goes full screen (not only the slide), so update prompts stay visible. */
export function useFullscreen(): FullscreenControl {
  const supported = typeof document.documentElement.requestFullscreen === 'function' && document.fullscreenEnabled !== false;
  const [active, setActive] = useState(() => Boolean(document.fullscreenElement));
  useEffect(() => {
    const onChange = () => setActive(Boolean(document.fullscreenElement));
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, []);
  const toggle = useCallback(() => {
    const request = document.fullscreenElement ? document.exitFullscreen() : document.documentElement.requestFullscreen();
    // Refused (e.g. not from a click, or blocked by policy): the slides still work in the window.
    request.catch(() => undefined);
  }, []);
  return { supported, active, toggle };
}

/** Opens (or brings forward) a named second window; false when the browser blocked it. */
export function openWindow(path: string, name: string): boolean {
  const opened = window.open(path, name, 'popup,width=1100,height=760');
  if (!opened) return false;
  opened.focus();
  return true;
}
