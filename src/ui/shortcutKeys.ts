/**
 * When a page-wide keyboard shortcut must leave a key press alone, in one place for the screens that
 * listen at document level (the quiz, the class quiz, the presenter): keys held with Ctrl, Alt or Meta
 * (the browser's and the system's), keys typed into a text field, and Enter or Space aimed at a button
 * or link, which the focused control handles itself.
 */

export interface KeyLike {
  key: string;
  target?: EventTarget | null;
  ctrlKey?: boolean;
  altKey?: boolean;
  metaKey?: boolean;
  shiftKey?: boolean;
  isComposing?: boolean;
}

/** Input types that take no typed text: a key pressed on them is free for the page's shortcuts. */
const NON_TEXT_INPUTS = new Set(['radio', 'checkbox', 'button', 'submit', 'reset', 'image', 'file', 'color', 'range']);

export function elementOf(target: EventTarget | null | undefined): Element | null {
  return target instanceof Element ? target : null;
}

/** A field the user types into (a text or number box, a text area, a list box, editable text). */
export function isTextEntry(target: EventTarget | null | undefined): boolean {
  const element = elementOf(target);
  if (!element) return false;
  if (element.closest('textarea, select, [contenteditable=""], [contenteditable="true"]')) return true;
  return element instanceof HTMLInputElement && !NON_TEXT_INPUTS.has(element.type);
}

/** A key press that belongs to the browser, the system or the field being typed in. */
export function isReservedKey(event: KeyLike): boolean {
  return event.ctrlKey === true || event.altKey === true || event.metaKey === true || event.isComposing === true || isTextEntry(event.target);
}

/** Enter or Space on a focused button, link or summary: it presses that control, natively. */
export function activatesFocusedControl(event: KeyLike): boolean {
  return (event.key === 'Enter' || event.key === ' ') && elementOf(event.target)?.closest('button, a[href], summary') != null;
}
