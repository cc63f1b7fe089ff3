/**
 * A strip above the app's header that a page may fill and that stays at the top of the window while the
 * page scrolls: the help path's 111 bar and quick exit, the first things reached with Tab (right after
 * the skip link), not the fourteenth. The shell renders the strip; the page puts its content there with
 * PageTopContent (a portal), or in its own flow where there is no shell (a page rendered alone in tests).
 *
 * A bar that stays on top must not hide what has focus (WCAG 2.4.11): its height is kept in
 * --page-top-space, which pageTop.css makes the window's scroll-padding-top, so an element that takes
 * focus is scrolled to below the bar, never under it.
 */
import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import './pageTop.css';

const PAGE_TOP_ID = 'page-top';

export function PageTop() {
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const strip = ref.current;
    if (!strip || typeof ResizeObserver !== 'function') return;
    const root = document.documentElement;
    const observer = new ResizeObserver(() => {
      const height = strip.offsetHeight;
      if (height > 0) root.style.setProperty('--page-top-space', `${height}px`);
      else root.style.removeProperty('--page-top-space');
    });
    observer.observe(strip);
    return () => {
      observer.disconnect();
      root.style.removeProperty('--page-top-space');
    };
  }, []);
  return <div ref={ref} id={PAGE_TOP_ID} className="page-top" />;
}

/** Puts `children` in the shell's strip above the header, or where it is rendered when there is none. */
export function PageTopContent({ children }: { children: ReactNode }) {
  const [strip, setStrip] = useState<HTMLElement | null>(null);
  const [looked, setLooked] = useState(false);
  useLayoutEffect(() => {
    setStrip(document.getElementById(PAGE_TOP_ID));
    setLooked(true);
  }, []);
  if (strip) return createPortal(children, strip);
  // Before the strip is looked for (the first render, before paint) nothing shows, so nothing jumps.
  return looked ? children : null;
}
