/**
 * When the app's effects run: as React runs them, not after the next frame as Preact does. The app runs
 * on Preact's React layer (scripts/preact.ts), and its effects are written for React's timing:
 *
 * - after a render caused by a key press, a click or typing, before the browser paints and before the
 *   next key is handled (React flushes those effects at the end of the commit): focus on the next
 *   question once "Câu tiếp theo" is pressed, the key handlers of the new state;
 * - after any other render (data loaded, a timer), in a task of its own soon after: a message to
 *   ourselves comes before the next frame, where a timeout would be held back 4 ms once nested.
 *
 * Measured without this, a key pressed at once met the old handlers, and focus was still where the
 * vanished button had been when the next question showed.
 */
import { options } from 'preact';

const waiting: (() => void)[] = [];

/** Runs the effects of the renders so far now, rather than in their task (before replaying early keys). */
export function runPendingEffects(): void {
  for (const run of waiting.splice(0)) run();
}

/** The events React treats as discrete: what a person did, one at a time. */
const DISCRETE = ['keydown', 'keyup', 'click', 'pointerdown', 'pointerup', 'input', 'change', 'submit', 'focusin', 'focusout'];

export function runEffectsBeforeNextFrame(): void {
  if (typeof MessageChannel !== 'function') return;
  const channel = new MessageChannel();
  channel.port1.onmessage = runPendingEffects;
  // True from a discrete event until the task it came in has ended (a message is a later task).
  let inDiscreteEvent = false;
  const ended = new MessageChannel();
  ended.port1.onmessage = () => {
    inDiscreteEvent = false;
  };
  for (const type of DISCRETE) {
    window.addEventListener(
      type,
      () => {
        if (inDiscreteEvent) return;
        inDiscreteEvent = true;
        ended.port2.postMessage(undefined);
      },
      { capture: true, passive: true },
    );
  }
  options.requestAnimationFrame = (run) => {
    waiting.push(run);
    if (waiting.length !== 1) return;
    // Preact renders in a microtask after the handler: its effects run in the microtasks after it, still
    // in the event's task.
    if (inDiscreteEvent) queueMicrotask(runPendingEffects);
    else channel.port2.postMessage(undefined);
  };
}
