/**
 * What a screen reader should hear, said through one polite live region that the shell keeps mounted
 * (LiveRegion.tsx). A status message that appears already filled — a notice inserted into the page, a
 * toast — is often not read: screen readers announce changes to a live region they already know, not a
 * new one. So such messages are shown as plain text and said here.
 */

type Listener = () => void;

/**
 * How long a message stays in the region. Screen readers read it when it changes; after that it would
 * only be met again, out of place, by someone reading the page from the top.
 */
export const ANNOUNCEMENT_LIFETIME = 5_000; // ms

let spoken = '';
let clearTimer: ReturnType<typeof setTimeout> | undefined;
const listeners = new Set<Listener>();

function say(text: string): void {
  spoken = text;
  for (const listener of listeners) listener();
}

/** The text the live region holds now. */
export function announced(): string {
  return spoken;
}

/**
 * Says `message` (politely: after what is being read). The same message twice in a row is said twice:
 * the region's text changes by a trailing no-break space, which is not read.
 */
export function announce(message: string): void {
  const text = message.trim();
  if (!text) return;
  say(spoken === text ? `${text}\u00a0` : text);
  clearTimeout(clearTimer);
  clearTimer = setTimeout(() => say(''), ANNOUNCEMENT_LIFETIME);
}

export function subscribeAnnouncements(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
