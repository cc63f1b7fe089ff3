/**
 * The step rule for type that must fit a screen (a projected slide, a class-quiz question): scale it
 * down through the `--fit` CSS variable, a step at a time, until it fits, never below `min`. Where it
 * stops is the largest scale that fits (or `min`); `fits` is asked after each step, so layout is real.
 */
export interface ShrinkOptions {
  /** The smallest scale allowed: type stays readable from the back of the room. */
  min: number;
  step?: number;
}

/**
 * The smallest scale that keeps type of `fullPx` (its size at scale 1, in CSS px) at `floorPx` or more,
 * rounded up to a hundredth; 1 when it is at the floor already. In CSS px, so the floor follows browser
 * zoom: at 200% the same floor is twice as large on screen, and a screen that shrinks its type to fit
 * can never undo the zoom.
 */
export function scaleFloor(fullPx: number, floorPx: number): number {
  return fullPx > floorPx ? Math.min(1, Math.ceil((floorPx / fullPx) * 100) / 100) : 1;
}

export function shrinkToFit(element: HTMLElement, fits: () => boolean, { min, step = 0.05 }: ShrinkOptions): number {
  let scale = 1;
  element.style.setProperty('--fit', '1');
  while (!fits() && scale > min) {
    scale = Math.max(min, Math.round((scale - step) * 100) / 100);
    element.style.setProperty('--fit', scale.toFixed(2));
  }
  return scale;
}
