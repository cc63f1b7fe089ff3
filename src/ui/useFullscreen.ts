/**
 * Full screen for the projector (presenter slides, class quiz), one rule for both: the whole page goes
 * full screen — not one element — so the update prompt and the 111 footer stay on screen, and while it
 * is, <html> carries `is-fullscreen` so the app's header makes way (app.css). A refusal (blocked by
 * policy, not from a click) is reported, not swallowed: the screen says so and still works in the window.
 *
 * The button that was pressed gives focus back to the screen's content once full screen has changed
 * (`focusAfter`): left on the button, the Space or Enter that the screen's hint offers for "next" would
 * press it again and leave full screen. Its label says what a press does now ("Toàn màn hình" /
 * "Thoát toàn màn hình"), so it is a plain button, not a toggle with aria-pressed.
 */
import { useCallback, useLayoutEffect, useRef, useState } from 'react';
import { useLatest } from './useLatest';

export interface FullscreenControl {
  /** False where the Fullscreen API is missing or not allowed (then no button is shown). */
  supported: boolean;
  active: boolean;
  /** The browser refused the last request. */
  refused: boolean;
  toggle: () => void;
}

export interface FullscreenOptions {
  /** Where focus goes after the button changed full screen (the question, the slides): never the button. */
  focusAfter?: () => HTMLElement | null | undefined;
}

const FULLSCREEN_CLASS = 'is-fullscreen';

export function useFullscreen({ focusAfter }: FullscreenOptions = {}): FullscreenControl {
  const supported = typeof document.documentElement.requestFullscreen === 'function' && document.fullscreenEnabled !== false;
  const [active, setActive] = useState(() => Boolean(document.fullscreenElement));
  const [refused, setRefused] = useState(false);
  const focusTarget = useLatest(focusAfter);
  /** The control focused when toggle() was called: if it still is when the change comes, focus moves on. */
  const pressedFrom = useRef<Element | null>(null);
  // A layout effect: the page's full-screen layout is in place before the screen is painted or scrolled to
  // (GameScreen scrolls the question to the top in its own layout effect, after this one).
  useLayoutEffect(() => {
    const onChange = () => {
      const now = Boolean(document.fullscreenElement);
      setActive(now);
      document.documentElement.classList.toggle(FULLSCREEN_CLASS, now);
      const from = pressedFrom.current;
      pressedFrom.current = null;
      if (from && from === document.activeElement) focusTarget.current?.()?.focus({ preventScroll: true });
    };
    // A screen that mounts while the page is already full screen (the next game, the next lesson) takes it up.
    onChange();
    document.addEventListener('fullscreenchange', onChange);
    return () => {
      document.removeEventListener('fullscreenchange', onChange);
      document.documentElement.classList.remove(FULLSCREEN_CLASS);
    };
  }, [focusTarget]);
  const toggle = useCallback(() => {
    setRefused(false);
    pressedFrom.current = document.activeElement;
    const request = document.fullscreenElement ? document.exitFullscreen() : document.documentElement.requestFullscreen();
    request.catch(() => {
      pressedFrom.current = null;
      setRefused(true);
    });
  }, []);
  return { supported, active, refused, toggle };
}
