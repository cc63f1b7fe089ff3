/**
 * When a page-wide keyboard shortcut must leave a key press alone, in one place for the screens that
 * listen at document level (the quiz, the class quiz, the presenter): keys held with Ctrl, Alt or Meta
 * (the browser's and the system's), keys typed into a text field, and Enter or Space aimed at a button
 * or link, which the focused control handles itself.
 *
 * Single-character shortcuts (a digit, a letter, "." or Space) act only while focus is on their screen
 * (WCAG 2.1.4, "active only on focus"): inside the region marked SHORTCUT_SCOPE — the question, the
 * game, the slides and their toolbar — or on the page itself (nothing focused, or the heading the app
 * moved focus to), which is where focus is after the screen opens or a click on its background. While
 * a control elsewhere has focus (a header link, the language switch, a menu, the 111 link outside the
 * screen) such a key does nothing, so a stray key or a speech-input word cannot answer or move a slide.
 * Keys that type no character (Enter, arrows, PageUp/PageDown of a clicker, Esc) are not limited.
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

/** Marks the element whose single-character shortcuts are active while focus is inside it. */
export const SHORTCUT_SCOPE = { 'data-shortcut-scope': '' } as const;

/** A key that types one character (letter, digit, punctuation, Space): a "character key shortcut". */
export function isCharacterKey(event: KeyLike): boolean {
  return [...event.key].length === 1;
}

/** Focus on the page itself: nothing, or an element only the app focuses (tabindex -1, not a control). */
function isPageFocus(element: Element): boolean {
  if (element === element.ownerDocument.body || element === element.ownerDocument.documentElement) return true;
  return element.getAttribute('tabindex') === '-1' && !element.matches('a[href], button, input, select, textarea, summary, [contenteditable]');
}

/** A single-character key pressed while focus is away from the shortcut's screen: left alone. */
export function isOutOfScope(event: KeyLike): boolean {
  if (!isCharacterKey(event)) return false;
  const element = elementOf(event.target);
  if (!element) return false;
  return !element.closest('[data-shortcut-scope]') && !isPageFocus(element);
}
