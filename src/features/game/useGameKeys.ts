/**
 * Keyboard (and presentation clicker) control of the game screen: Space, Enter or PageDown reveals the
 * answer and then goes on; number keys 1–8 mark a team. A focused button keeps its own Space/Enter
 * (it is what the leader aimed at), and nothing fires while someone types in a text field. Number keys
 * and Space act only while focus is in the game (GameScreen marks it) or on the page itself.
 */
import { useLayoutEffect } from 'react';
import { useLatest } from '../../ui/useLatest';
import { activatesFocusedControl, isOutOfScope, isReservedKey } from '../../ui/shortcutKeys';

export interface GameKeyHandlers {
  /** Reveal the answer, or go to the next question once it is revealed. */
  onAdvance: () => void;
  /** A number key 1–8; returns whether it did something (then the key is consumed). */
  onNumber: (n: number) => boolean;
}

const ADVANCE_KEYS = [' ', 'Enter', 'PageDown'];

export function useGameKeys(enabled: boolean, handlers: GameKeyHandlers): void {
  const latest = useLatest(handlers);

  // Listening from the commit that shows the question (a layout effect), not from a task after it: a key
  // pressed the moment the question shows is not lost.
  useLayoutEffect(() => {
    if (!enabled) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || isReservedKey(event) || isOutOfScope(event)) return;
      if (/^[1-8]$/.test(event.key)) {
        if (latest.current.onNumber(Number(event.key))) event.preventDefault();
        return;
      }
      if (!ADVANCE_KEYS.includes(event.key)) return;
      // Space and Enter on a focused button or link activate it natively; PageDown (clickers) never does.
      if (activatesFocusedControl(event)) return;
      event.preventDefault();
      // Holding the key down must not skip through several questions.
      if (!event.repeat) latest.current.onAdvance();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [enabled, latest]);
}
