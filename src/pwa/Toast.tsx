/**
 * A notice that floats at the bottom of the window ("ready offline", "new version"). It must never hide
 * what has focus (WCAG 2.4.11), so while it shows:
 * - the page gets that much room at its foot (--toast-space, see app.css) — the last button of a page,
 *   a lesson's "Tự kiểm tra" or a form's "Lưu", can be scrolled above it — and the same room is kept
 *   free when focus scrolls into view (scroll-padding-bottom), so Tab never lands on a control under it;
 *   screens that fill the window (the presenter) shrink by it instead;
 * - Escape closes it (as its close or "later" button does), unless something else used that Escape;
 * - the shell puts it first in the page, right after the skip link, so it is an early Tab stop and not
 *   the last one, after every link of a long lesson.
 * Its message is said through the app's live region: a status inserted already filled is often not read.
 */
import { useEffect, useLayoutEffect, useRef, type ReactNode } from 'react';
import { useAnnounce } from '../ui/LiveRegion';
import { useLatest } from '../ui/useLatest';
import './toast.css';

interface Props {
  message: string;
  /** What Escape does: the same as the toast's close (or "later") button. */
  onDismiss: () => void;
  /** Its buttons. */
  children?: ReactNode;
}

export function Toast({ message, onDismiss, children }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const dismiss = useLatest(onDismiss);
  useAnnounce(message);

  useLayoutEffect(() => {
    const toast = ref.current;
    if (!toast) return;
    const root = document.documentElement;
    const reserve = () => root.style.setProperty('--toast-space', `${toast.offsetHeight}px`);
    reserve();
    // Its height changes with the window's width and the large-text mode.
    const observer = typeof ResizeObserver === 'function' ? new ResizeObserver(reserve) : undefined;
    observer?.observe(toast);
    return () => {
      observer?.disconnect();
      root.style.removeProperty('--toast-space');
      // Closed from one of its buttons (or Escape there): focus goes on to the page's content instead
      // of falling to the page itself. The toast is still in the page while this runs.
      if (toast.contains(document.activeElement)) document.getElementById('main')?.focus({ preventScroll: true });
    };
  }, []);

  useEffect(() => {
    // On the document, so a dialog's or menu's own Escape (which marks the event handled) comes first.
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      event.preventDefault();
      dismiss.current();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [dismiss]);

  return (
    <div ref={ref} className="toast">
      <p>{message}</p>
      {children}
    </div>
  );
}
