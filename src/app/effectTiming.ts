/**
 * When the app's effects run: as soon as the browser is free after a render, as React does, rather than
 * after the next frame, Preact's default. The app runs on Preact's React layer (scripts/preact.ts), and
 * its effects are written for React's timing: focus moved to the next question once an answer is checked,
 * the key handlers of the new state, the scroll of a new question on the big screen. A frame later, a key
 * pressed at once met the old handlers and focus was still where the vanished button had been.
 *
 * A message to ourselves is a task of its own that comes before the next frame (a timeout would be held
 * back 4 ms once nested); the effects of several renders meanwhile run together.
 */
import { options } from 'preact';

export function runEffectsBeforeNextFrame(): void {
  if (typeof MessageChannel !== 'function') return;
  const channel = new MessageChannel();
  const waiting: (() => void)[] = [];
  channel.port1.onmessage = () => {
    for (const run of waiting.splice(0)) run();
  };
  options.requestAnimationFrame = (run) => {
    waiting.push(run);
    if (waiting.length === 1) channel.port2.postMessage(undefined);
  };
}
