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
import { Suspense, useRef, type ReactElement } from 'react';

/**
 * The hydration phase: from the page's hydration until the last part left for later has been hydrated.
 * A part hydrated later may hold parts of its own (the page holds a lesson's parts): they too are left
 * for a task of their own.
 */
let phase = false;
let waiting = 0;
let whenHydrated: (() => void) | undefined;

function endPhase(): void {
  phase = false;
  const done = whenHydrated;
  whenHydrated = undefined;
  done?.();
}

/**
 * Runs the page's hydration (synchronous in Preact), during which parts are left for later; `done` is
 * called once the last of them is hydrated.
 */
export function hydrating(run: () => void, done?: () => void): void {
  phase = true;
  whenHydrated = done;
  try {
    run();
  } finally {
    if (waiting === 0) endPhase();
  }
}

/** Settles in a task of its own, after what is queued now. */
export const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** One task after another: each part waits for the previous one's turn, then for a task of its own. */
let queue: Promise<void> = Promise.resolve();
function nextTurn(): Promise<void> {
  waiting++;
  const turn = (queue = queue.then(nextTask));
  // Counted out a task after its turn, once Preact has hydrated the part (and counted in any it holds).
  void turn.then(() =>
    setTimeout(() => {
      if (--waiting === 0) endPhase();
    }, 0),
  );
  return turn;
}

/** HydrateLater for a part already under a <Suspense> of its own (a suspension during hydration shows no fallback). */
export function DeferHydration({ children }: { children: ReactElement }) {
  // Preact comes back to the same component when the turn comes: it then renders (hydrates) its part.
  const left = useRef(false);
  if (phase && !left.current) {
    left.current = true;
    throw nextTurn();
  }
  return children;
}

export function HydrateLater({ children }: { children: ReactElement }) {
  return (
    <Suspense fallback={null}>
      <DeferHydration>{children}</DeferHydration>
    </Suspense>
  );
}
