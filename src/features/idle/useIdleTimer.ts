/**
 * Calls `onIdle` once nobody has touched the keyboard, mouse or screen for `delay` ms. Input only
 * records the time (a mouse move is cheap); one timeout checks it and sleeps again for what is left, so
 * the clock is read from Date.now() and a tab the browser throttled still notices the time went by.
 */
import { useEffect, useRef } from 'react';

/** Input that means someone is at the computer. */
const ACTIVITY_EVENTS = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart', 'scroll'] as const;

export function useIdleTimer(delay: number | undefined, onIdle: () => void): void {
  const latest = useRef(onIdle);
  useEffect(() => {
    latest.current = onIdle;
  });

  useEffect(() => {
    if (delay === undefined) return;
    let lastInput = Date.now();
    let timer = 0;
    const noteInput = () => {
      lastInput = Date.now();
    };
    const check = () => {
      const left = lastInput + delay - Date.now();
      if (left > 0) timer = window.setTimeout(check, left);
      else latest.current();
    };
    timer = window.setTimeout(check, delay);
    const options = { capture: true, passive: true };
    for (const name of ACTIVITY_EVENTS) window.addEventListener(name, noteInput, options);
    return () => {
      window.clearTimeout(timer);
      for (const name of ACTIVITY_EVENTS) window.removeEventListener(name, noteInput, options);
    };
  }, [delay]);
}
