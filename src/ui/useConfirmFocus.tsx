/**
 * Focus for a confirmation shown in the page (a role="alertdialog" block that replaces the button that
 * opened it: "Xoá hồ sơ này", "Xoá toàn bộ dữ liệu…"):
 * - when it opens, its least destructive action — Cancel — takes focus, unless something in it already
 *   took focus itself (a PIN field to fill first);
 * - when a part of it that had focus goes away (the PIN field, once the PIN was right), Cancel takes it;
 * - when it closes and focus has nowhere to be (it was on a button that went with it), focus goes back
 *   to the button that opened it.
 * Give `opener` to that button and `cancel` to Cancel.
 */
import { useLayoutEffect, useRef, type RefObject } from 'react';

export function useConfirmFocus(open: boolean) {
  const opener = useRef<HTMLButtonElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(open);
  const focusInside = useRef(false);
  useLayoutEffect(() => {
    const focused = document.activeElement;
    const lost = focused === null || focused === document.body || !focused.isConnected;
    const confirmation = cancel.current?.closest('[role="alertdialog"]');
    if (open && (!wasOpen.current || (lost && focusInside.current))) {
      if (lost || !confirmation?.contains(focused)) cancel.current?.focus();
    } else if (!open && wasOpen.current && lost) opener.current?.focus();
    wasOpen.current = open;
    focusInside.current = Boolean(confirmation?.contains(document.activeElement));
  });
  return { opener, cancel };
}

/**
 * A confirmation's way out: the plain button useConfirmFocus gives focus to when the confirmation opens
 * (`focusRef` is its `cancel`), so a key pressed in haste never confirms.
 */
export function CancelButton({ focusRef, label, onCancel }: { focusRef: RefObject<HTMLButtonElement | null>; label: string; onCancel: () => void }) {
  return (
    <button ref={focusRef} type="button" className="button" onClick={onCancel}>
      {label}
    </button>
  );
}
