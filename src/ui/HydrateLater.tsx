/**
 * Hydrating a long prerendered page in one task blocked a slow phone's main thread for 130 ms or more
 * (a lesson's ten parts, CPU 4× slower; issue 21). A part wrapped in <HydrateLater> is left as it is
 * when the page is hydrated — its text is on screen already — and hydrated in a task of its own soon
 * after, one part a task, so no task is long and a tap in between is answered at once.
 *
 * How: while the page hydrates (hydrating()), the part suspends; Preact keeps a part's prerendered
 * element when it suspends during hydration, and hydrates it when the promise settles. Its child must
 * be one element, as Preact keeps one node. Rendered any other way (the server, a page opened in the
 * app, a test), it renders at once.
 */
import { Suspense, type ReactElement } from 'react';

let hydratingNow = false;

/** Runs the page's hydration (synchronous in Preact), during which parts are left for later. */
export function hydrating(run: () => void): void {
  hydratingNow = true;
  try {
    run();
  } finally {
    hydratingNow = false;
  }
}

/** One task after another: each part waits for the previous one's turn, then for a task of its own. */
let queue: Promise<void> = Promise.resolve();
function nextTurn(): Promise<void> {
  queue = queue.then(() => new Promise<void>((resolve) => setTimeout(resolve, 0)));
  return queue;
}

function Later({ children }: { children: ReactElement }) {
  // Thrown while hydrating only: when Preact comes back to it, the page's hydration is over.
  if (hydratingNow) throw nextTurn();
  return children;
}

export function HydrateLater({ children }: { children: ReactElement }) {
  return (
    <Suspense fallback={null}>
      <Later>{children}</Later>
    </Suspense>
  );
}
