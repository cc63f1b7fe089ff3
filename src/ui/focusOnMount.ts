/**
 * A ref callback that focuses its element when it is put on the page: what React's `autoFocus` did.
 * Preact writes `autofocus` as a plain attribute, which a browser honours only while the page loads, so
 * a field shown later (a PIN prompt, a recovery form) was left without focus. One function for the whole
 * app, so its identity never changes and a re-render does not focus the element again.
 */
export function focusOnMount(element: HTMLElement | null): void {
  element?.focus();
}
