/**
 * Keys of a keyboard and of presentation clickers (which send PageUp/PageDown, arrows, or "b"/"." to
 * blank the screen) mapped to slide actions, the same as in reveal.js and PowerPoint.
 */
import { useEffect, useLayoutEffect, useRef } from 'react';
import { activatesFocusedControl, elementOf, isOutOfScope, isReservedKey, type KeyLike } from '../../ui/shortcutKeys';

export type SlideAction = 'next' | 'previous' | 'first' | 'last' | 'exit' | 'blank';

const ACTIONS: Record<string, SlideAction> = {
  ArrowRight: 'next',
  ArrowDown: 'next',
  PageDown: 'next',
  ' ': 'next',
  Enter: 'next',
  ArrowLeft: 'previous',
  ArrowUp: 'previous',
  PageUp: 'previous',
  Backspace: 'previous',
  Home: 'first',
  End: 'last',
  Escape: 'exit',
  b: 'blank',
  B: 'blank',
  '.': 'blank',
};

/** The action of a key press, or null when the key is not ours or belongs to the focused control. */
export function slideActionFor(event: KeyLike): SlideAction | null {
  // B, "." and Space act only while focus is in the window's slides or toolbar (marked SHORTCUT_SCOPE).
  if (isReservedKey(event) || isOutOfScope(event)) return null;
  const action = ACTIONS[event.key];
  if (!action) return null;
  // Enter presses the focused button or follows the focused link: let it, so keyboard users can work
  // the toolbar. Space does the same inside a slide, but on the toolbar it moves the slide: a button
  // keeps focus after a mouse click, and Space must not press "previous" again for the rest of the talk.
  if (activatesFocusedControl(event) && (event.key === 'Enter' || !onSlideControls(elementOf(event.target)))) return null;
  if (event.key === ' ' && event.shiftKey) return 'previous';
  return action;
}

/** Marks a window's toolbar (previous, next, speaker view…): Space there moves the slide. */
export const SLIDE_CONTROLS = { 'data-slide-controls': '' } as const;

function onSlideControls(target: Element | null | undefined): boolean {
  return Boolean(target?.closest('[data-slide-controls]'));
}

/** Calls `onAction` for slide keys pressed anywhere in the window. */
export function useSlideKeys(onAction: (action: SlideAction, event: KeyboardEvent) => void): void {
  const handler = useRef(onAction);
  useLayoutEffect(() => {
    handler.current = onAction;
  });
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return;
      const action = slideActionFor(event);
      if (action) handler.current(action, event);
    };
    // A button clicks on Space's keyup; keydown's preventDefault stops that in Chromium, keyup's in
    // Firefox — so a Space that moved the slide never also presses the toolbar button it landed on.
    const onKeyUp = (event: KeyboardEvent) => {
      if (event.key === ' ' && event.target instanceof Element && onSlideControls(event.target)) event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    window.addEventListener('keyup', onKeyUp);
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      window.removeEventListener('keyup', onKeyUp);
    };
  }, []);
}
