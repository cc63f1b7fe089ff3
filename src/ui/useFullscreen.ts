/**
 * Full screen for the projector (presenter slides, class quiz), one rule for both: the whole page goes
 * full screen — not one element — so the update prompt and the 111 footer stay on screen, and while it
 * is, <html> carries `is-fullscreen` so the app's header makes way (app.css). A refusal (blocked by
 * policy, not from a click) is reported, not swallowed: the screen says so and still works in the window.
 */
import { useCallback, useEffect, useState } from 'react';

export interface FullscreenControl {
  /** False where the Fullscreen API is missing or not allowed (then no button is shown). */
  supported: boolean;
  active: boolean;
  /** The browser refused the last request. */
  refused: boolean;
  toggle: () => void;
}

const FULLSCREEN_CLASS = 'is-fullscreen';

export function useFullscreen(): FullscreenControl {
  const supported = typeof document.documentElement.requestFullscreen === 'function' && document.fullscreenEnabled !== false;
  const [active, setActive] = useState(() => Boolean(document.fullscreenElement));
  const [refused, setRefused] = useState(false);
  useEffect(() => {
    const onChange = () => {
      const now = Boolean(document.fullscreenElement);
      setActive(now);
      document.documentElement.classList.toggle(FULLSCREEN_CLASS, now);
    };
    // A screen that mounts while the page is already full screen (the next game, the next lesson) takes it up.
    onChange();
    document.addEventListener('fullscreenchange', onChange);
    return () => {
      document.removeEventListener('fullscreenchange', onChange);
      document.documentElement.classList.remove(FULLSCREEN_CLASS);
    };
  }, []);
  const toggle = useCallback(() => {
    setRefused(false);
    const request = document.fullscreenElement ? document.exitFullscreen() : document.documentElement.requestFullscreen();
    request.catch(() => setRefused(true));
  }, []);
  return { supported, active, refused, toggle };
}
