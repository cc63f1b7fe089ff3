/**
 * Keys of a keyboard and of presentation clickers (which send PageUp/PageDown, arrows, or "b"/"." to
 * blank the screen) mapped to slide actions, the same as in reveal.js and PowerPoint.
 */
import { useEffect, useLayoutEffect, useRef } from 'react';

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

interface KeyLike {
  key: string;
  shiftKey?: boolean;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
  target?: EventTarget | null;
}

/** The action of a key press, or null when the key is not ours or belongs to the focused control. */
export function slideActionFor(event: KeyLike): SlideAction | null {
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
  const target = event.target instanceof Element ? event.target : null;
  if (target?.closest('input, textarea, select, [contenteditable="true"]')) return null;
  const action = ACTIONS[event.key];
  if (!action) return null;
  // Enter and Space press the focused button or follow the focused link: let them.
  if ((event.key === 'Enter' || event.key === ' ') && target?.closest('a, button, summary')) return null;
  if (event.key === ' ' && event.shiftKey) return 'previous';
  return action;
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
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
