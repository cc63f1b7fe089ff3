/**
 * Wrong tries at a secret (a learner's PIN or picture password, the teacher PIN), counted in `meta` so a
 * reload does not reset the wait. The wait itself is the PIN rule (src/domain/pin.ts: five free tries,
 * then 30 s doubling up to 15 minutes).
 */
import { nextTryAt, type PinFailures } from '../domain/pin';
import { getDatabase } from './db';

export type Unlock =
  | { ok: true }
  | { ok: false; reason: 'wrong-pin'; retryAt?: number }
  /** Too many wrong tries: nothing is checked before `retryAt` (ms since epoch). */
  | { ok: false; reason: 'wait'; retryAt: number };

/** Where a learner's wrong tries are counted. */
export const LEARNER_FAILURES_PREFIX = 'pinFailures:';
export const learnerFailuresKey = (learnerId: string) => `${LEARNER_FAILURES_PREFIX}${learnerId}`;

async function readFailures(key: string): Promise<PinFailures | undefined> {
  const raw = (await getDatabase().meta.get(key))?.value;
  if (!raw) return undefined;
  try {
    const value = JSON.parse(raw) as PinFailures;
    return Number.isFinite(value.count) && Number.isFinite(value.lastAt) ? value : undefined;
  } catch {
    // A damaged counter counts as no wrong tries (it only ever adds a wait).
    return undefined;
  }
}

/** When the next try is allowed, if a wait is running now. */
export async function waitingUntil(failuresKey: string, now = Date.now()): Promise<number | undefined> {
  return nextTryAt(await readFailures(failuresKey), now);
}

/**
 * Runs `check` unless a wait is on: a right answer clears the count, a wrong one adds to it (and says
 * when the next try is allowed once the free tries are used up).
 */
export async function checkWithWait(failuresKey: string, check: () => Promise<boolean>, now = Date.now()): Promise<Unlock> {
  const failures = await readFailures(failuresKey);
  const waitUntil = nextTryAt(failures, now);
  if (waitUntil !== undefined) return { ok: false, reason: 'wait', retryAt: waitUntil };
  const db = getDatabase();
  if (await check()) {
    await db.meta.delete(failuresKey);
    return { ok: true };
  }
  const counted: PinFailures = { count: (failures?.count ?? 0) + 1, lastAt: now };
  await db.meta.put({ key: failuresKey, value: JSON.stringify(counted) });
  const retryAt = nextTryAt(counted, now);
  return retryAt === undefined ? { ok: false, reason: 'wrong-pin' } : { ok: false, reason: 'wrong-pin', retryAt };
}
