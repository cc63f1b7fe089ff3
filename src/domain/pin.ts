/**
 * What a learner's PIN is, and how long someone waits after wrong tries. A 4-digit PIN is a lock against
 * mix-ups on a shared computer — a classmate opening, changing or deleting the wrong profile — not a
 * safe: there are only 10,000 PINs, and a teacher can remove one. Hashing it (src/db/pin.ts) keeps it
 * from being read as text in storage or in a backup file.
 */

/** Digits in a learner's PIN. The forms' fields and every sentence about the PIN take it from here. */
export const PIN_LENGTH = 4;
const PIN_PATTERN = new RegExp(`^\\d{${PIN_LENGTH}}$`);

export function isValidPin(pin: string): boolean {
  return PIN_PATTERN.test(pin);
}

/** Wrong tries allowed before any wait: enough for a child who mistypes. */
export const FREE_PIN_TRIES = 5;
/** ms; the wait after the last free try, doubled after each further wrong try. */
export const FIRST_PIN_WAIT = 30_000;
/** ms; the longest wait (a child should not be locked out of a lesson for long). */
export const MAX_PIN_WAIT = 15 * 60_000;

/** Wrong tries so far at a learner's PIN, and when the last one was (ms since epoch). */
export interface PinFailures {
  count: number;
  lastAt: number;
}

/** How long to wait after `count` wrong tries in a row: nothing for the first four, then 30 s, 1 min, 2 min… up to 15 min. */
export function pinWait(count: number): number {
  if (count < FREE_PIN_TRIES) return 0;
  return Math.min(MAX_PIN_WAIT, FIRST_PIN_WAIT * 2 ** (count - FREE_PIN_TRIES));
}

/** When the next try is allowed (ms since epoch); undefined when it is allowed now. */
export function nextTryAt(failures: PinFailures | undefined, now: number): number | undefined {
  if (!failures) return undefined;
  const at = failures.lastAt + pinWait(failures.count);
  return at > now ? at : undefined;
}
