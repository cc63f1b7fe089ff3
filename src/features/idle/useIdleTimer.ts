/**
 * Calls `onIdle` once nobody has touched the keyboard, mouse or screen for `delay` ms — in any tab of the
 * app (src/features/idle/sharedActivity.ts). Input only records the time (a mouse move is cheap); one
 * timeout checks it and sleeps again for what is left, so the clock is read from Date.now() and a tab the
 * browser throttled still notices the time went by.
 */
import { useEffect } from 'react';
import { useLatest } from '../../ui/useLatest';
import { lastActivity, noteActivity, restartHere, releaseOnClose } from './sharedActivity';

/** Input that means someone is at the computer. */
const ACTIVITY_EVENTS = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart', 'scroll'] as const;

/**
 * Records input in this tab for every tab, while `listening`; coming back to the tab (it becomes visible)
 * counts too, since a pupil who switches tabs is at the computer.
 */
export function useActivityInput(listening: boolean): void {
  useEffect(() => {
    if (!listening) return;
    const noteInput = () => noteActivity();
    const noteVisible = () => {
      if (document.visibilityState === 'visible') noteActivity();
    };
    const options = { capture: true, passive: true };
    for (const name of ACTIVITY_EVENTS) window.addEventListener(name, noteInput, options);
    document.addEventListener('visibilitychange', noteVisible);
    const stopReleasing = releaseOnClose();
    return () => {
      for (const name of ACTIVITY_EVENTS) window.removeEventListener(name, noteInput, options);
      document.removeEventListener('visibilitychange', noteVisible);
      stopReleasing();
    };
  }, [listening]);
}

/** `here`: this tab had the last input, so it is the one to ask "Em còn học không?". */
export function useIdleTimer(delay: number | undefined, onIdle: (here: boolean) => void): void {
  const latest = useLatest(onIdle);

  useEffect(() => {
    if (delay === undefined) return;
    restartHere();
    let timer = 0;
    const check = () => {
      const last = lastActivity();
      const left = last.at + delay - Date.now();
      if (left > 0) timer = window.setTimeout(check, left);
      else latest.current(last.here);
    };
    timer = window.setTimeout(check, delay);
    return () => window.clearTimeout(timer);
  }, [delay, latest]);
}
