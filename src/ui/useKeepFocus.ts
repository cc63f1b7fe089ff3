/**
 * A button that becomes disabled while it has focus ("Chọn lại từ đầu" once nothing is left to undo,
 * "Trang sau" on the last slide, "Lưu thời gian" once saved) would drop focus to the page itself, and a
 * keyboard or screen-reader user would start again from the top. This moves focus on, before the
 * browser drops it, to `next()`: the control that makes sense after the press.
 *
 * Give the returned ref to the button; `disabled` is what its `disabled` attribute says.
 */
import { useLayoutEffect, useRef } from 'react';
import { useLatest } from './useLatest';

export function useKeepFocus<T extends HTMLElement = HTMLButtonElement>(disabled: boolean, next: () => HTMLElement | null | undefined) {
  const ref = useRef<T>(null);
  const target = useLatest(next);
  useLayoutEffect(() => {
    // Runs in the commit that set `disabled`: the button still has focus (browsers let it go at the next
    // rendering step).
    if (disabled && ref.current && document.activeElement === ref.current) target.current()?.focus();
  }, [disabled, target]);
  return ref;
}
