/**
 * Keys pressed while the page was on screen but not yet hydrated, kept by public/boot.js, replayed once
 * the app listens: a pupil who answers with a number key and Enter the moment the question shows is
 * not ignored (the quiz and the class quiz listen on the document, src/features/quiz/useQuizKeys.ts).
 *
 * Only keys whose default action does nothing where they were pressed are replayed — number keys and
 * Enter, pressed on the page itself or on text, not in a field, a button or a link — so nothing the
 * browser already did is done twice.
 */
const REPLAYED = /^(?:[1-9]|Enter)$/;
const ACTS_ON_ITS_OWN = 'input, textarea, select, button, a[href], summary, [contenteditable]';

declare global {
  interface Window {
    /** public/boot.js: the keys kept so far; it keeps no more after this. */
    takeEarlyKeys?: () => KeyboardEvent[];
  }
}

export function replayEarlyKeys(): void {
  const kept = window.takeEarlyKeys?.() ?? [];
  for (const original of kept) {
    if (original.defaultPrevented || original.repeat || original.ctrlKey || original.altKey || original.metaKey || !REPLAYED.test(original.key)) continue;
    const target = original.target instanceof Element && original.target.isConnected ? original.target : document.body;
    if (target.closest(ACTS_ON_ITS_OWN)) continue;
    target.dispatchEvent(new KeyboardEvent('keydown', { key: original.key, code: original.code, shiftKey: original.shiftKey, bubbles: true, cancelable: true }));
  }
}
