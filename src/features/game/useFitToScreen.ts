/**
 * The question on the big screen fits the screen's height, answer and explanation included, so the
 * class sees it all at once on a 1024×768 or 1280×720 projector: the layout does most (two columns of
 * short options, type that follows the screen's height, the whole width in full screen), and when a
 * long question still does not fit, its type is scaled down (src/ui/shrinkToFit.ts) — at a new
 * question, on the reveal, when the window or full screen changes — but never so far that option text
 * falls below what the back row can read.
 */
import { useLayoutEffect, useRef, type RefObject } from 'react';
import { scaleFloor, shrinkToFit } from '../../ui/shrinkToFit';

/** Option text on the big screen stays at this size (CSS px) or more: readable from the back row. */
export const MIN_OPTION_PX = 20;
/** A few pixels to spare, for rounding and the focus outline. */
const SPARE_PX = 6;

export function useFitToScreen<T extends HTMLElement>(contentKey: string): RefObject<T | null> {
  const ref = useRef<T>(null);
  useLayoutEffect(() => {
    const board = ref.current;
    if (!board) return;
    // The board starts at the top of the screen (GameScreen scrolls it there): its height is what must fit.
    const fits = () => board.getBoundingClientRect().height + SPARE_PX <= window.innerHeight;
    const fit = () => {
      board.style.setProperty('--fit', '1');
      const option = board.querySelector('.game-option');
      const fullPx = option ? parseFloat(getComputedStyle(option).fontSize) : 0;
      shrinkToFit(board, fits, { min: scaleFloor(fullPx, MIN_OPTION_PX) });
    };
    fit();
    window.addEventListener('resize', fit);
    document.addEventListener('fullscreenchange', fit);
    return () => {
      window.removeEventListener('resize', fit);
      document.removeEventListener('fullscreenchange', fit);
    };
  }, [contentKey]);
  return ref;
}
