/**
 * Last line of defence against a slide too full for its screen: slides are cut to fit (slides.ts),
 * but screens, languages and pictures vary, so when the content still overflows its box the type is
 * scaled down step by step (src/ui/shrinkToFit.ts) until it fits, never below MIN_SCALE — and on the
 * projector never below FLOOR_PX CSS pixels, which browser zoom enlarges: at 200% zoom the slide's type
 * is larger on screen than at 100% (presenter.css keeps the same floor), and what then does not fit
 * scrolls inside the slide instead of being cut off.
 */
import { useLayoutEffect, useRef, type RefObject } from 'react';
import { scaleFloor, shrinkToFit } from '../../ui/shrinkToFit';

const MIN_SCALE = 0.6;
/** Body text on the projector stays at this size (CSS px) or more: 1.25rem, as in presenter.css. */
export const FLOOR_PX = 20;

/** `floor`: false for the speaker view's small previews, which draw the slide in miniature. */
export function useFitContent<T extends HTMLElement>(contentKey: unknown, { floor = true }: { floor?: boolean } = {}): RefObject<T | null> {
  const ref = useRef<T>(null);
  useLayoutEffect(() => {
    const box = ref.current;
    if (!box) return;
    const fit = () => {
      box.style.setProperty('--fit', '1');
      const fullPx = parseFloat(getComputedStyle(box).fontSize) || 0;
      const min = floor ? Math.max(MIN_SCALE, scaleFloor(fullPx, FLOOR_PX)) : MIN_SCALE;
      shrinkToFit(box, () => !overflows(box), { min });
    };
    fit();
    // Pictures change the height when they load; the window or the speaker view's panes can resize.
    box.addEventListener('load', fit, true);
    const observer = typeof ResizeObserver === 'function' ? new ResizeObserver(() => fit()) : null;
    observer?.observe(box);
    return () => {
      box.removeEventListener('load', fit, true);
      observer?.disconnect();
    };
  }, [contentKey, floor]);
  return ref;
}

function overflows(box: HTMLElement): boolean {
  return box.scrollHeight > box.clientHeight + 1 || box.scrollWidth > box.clientWidth + 1;
}
