/**
 * Last line of defence against a slide too full for its screen: slides are cut to fit (slides.ts),
 * but screens, languages and pictures vary, so when the content still overflows its box the type is
 * scaled down step by step (src/ui/shrinkToFit.ts) until it fits, never below MIN_SCALE.
 */
import { useLayoutEffect, useRef, type RefObject } from 'react';
import { shrinkToFit } from '../../ui/shrinkToFit';

const MIN_SCALE = 0.6;

export function useFitContent<T extends HTMLElement>(contentKey: unknown): RefObject<T | null> {
  const ref = useRef<T>(null);
  useLayoutEffect(() => {
    const box = ref.current;
    if (!box) return;
    const fit = () => shrinkToFit(box, () => !overflows(box), { min: MIN_SCALE });
    fit();
    // Pictures change the height when they load; the window or the speaker view's panes can resize.
    box.addEventListener('load', fit, true);
    const observer = typeof ResizeObserver === 'function' ? new ResizeObserver(() => fit()) : null;
    observer?.observe(box);
    return () => {
      box.removeEventListener('load', fit, true);
      observer?.disconnect();
    };
  }, [contentKey]);
  return ref;
}

function overflows(box: HTMLElement): boolean {
  return box.scrollHeight > box.clientHeight + 1 || box.scrollWidth > box.clientWidth + 1;
}
