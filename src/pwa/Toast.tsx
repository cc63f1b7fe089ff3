/**
 * A notice that floats at the bottom of the window ("ready offline", "new version"). While it shows,
 * the page gets that much room at its foot (--toast-space, see app.css), so the last button of a page —
 * a lesson's "Tự kiểm tra", a form's "Lưu" — can always be scrolled above it instead of lying under
 * it until the notice is closed.
 */
import { useLayoutEffect, useRef, type ReactNode } from 'react';

export function Toast({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);

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
    };
  }, []);

  return (
    <div ref={ref} className="toast" role="status">
      {children}
    </div>
  );
}
