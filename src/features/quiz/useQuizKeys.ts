/**
 * Answering from the keyboard, as the hint under each question says: number keys choose an option and
 * Enter checks the answer, then goes on. Listened for on the whole document while a question is on
 * screen, so it works wherever focus is — the page heading after the quiz opens, nothing at all after a
 * direct load, the question heading after each step — not only once the pupil has tabbed into the
 * options. Keys that belong elsewhere (src/ui/shortcutKeys.ts) are left alone, and number keys act only
 * while focus is on the question or on the page itself (QuestionView marks the question as their scope).
 */
import { useLayoutEffect } from 'react';
import { useLatest } from '../../ui/useLatest';
import { activatesFocusedControl, isOutOfScope, isReservedKey } from '../../ui/shortcutKeys';

export interface QuizKeyHandlers {
  /** A number key 1–9 (1-based); returns whether it chose something (then the key is consumed). */
  onNumber: (n: number) => boolean;
  /** Enter: check the answer, or go to the next question once it is checked. */
  onEnter: () => void;
}

export function useQuizKeys(handlers: QuizKeyHandlers): void {
  const latest = useLatest(handlers);

  // Listening from the commit that shows the question (a layout effect), not from a task after it: a key
  // pressed the moment the question shows is not lost.
  useLayoutEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || isReservedKey(event) || isOutOfScope(event)) return;
      if (/^[1-9]$/.test(event.key)) {
        if (!event.repeat && latest.current.onNumber(Number(event.key))) event.preventDefault();
        return;
      }
      if (event.key !== 'Enter' || activatesFocusedControl(event)) return;
      // Ours (also on a focused option, instead of the form's implicit submit): one step per press, so
      // holding Enter down does not run through the questions.
      event.preventDefault();
      if (!event.repeat) latest.current.onEnter();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [latest]);
}
