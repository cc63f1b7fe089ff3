/**
 * The teacher lock (src/domain/secrets.ts says what it guards). The teacher PIN's hash lives in `meta`
 * and in no file; its wrong tries wait like a learner's PIN.
 *
 * The guard is here, not only on the screens: every guarded repository function calls requireTeacher,
 * which passes when no teacher PIN is set and otherwise wants the right teacher PIN as proof.
 *
 * A forgotten teacher PIN has one way out, resetLocks: it removes the teacher PIN **and every learner's
 * PIN and picture password**, keeps every profile and result, and leaves a dated note in Cài đặt. It is
 * not a back door: it opens nothing quietly — every child and the teacher see that the locks are gone.
 */
import { getDatabase } from './db';
import { hashSecret, needsRehash, verifySecret } from './pin';
import { checkWithWait, LEARNER_FAILURES_PREFIX, type Unlock } from './tries';
import type { Learner } from './types';

const TEACHER_PIN_KEY = 'teacherPinHash';
const TEACHER_FAILURES_KEY = 'teacherPinFailures';
const LOCKS_RESET_KEY = 'locksResetAt';

export type TeacherProof = { kind: 'teacher-pin'; pin: string };

export interface TeacherLockState {
  /** A teacher PIN is set on this computer. */
  set: boolean;
  /** When the locks were last reset because the teacher PIN was forgotten (ms since epoch), until a new one is set. */
  locksResetAt?: number;
}

/** A guarded action came without the right teacher PIN (or during a wait). */
export class TeacherPinRequiredError extends Error {
  override name = 'TeacherPinRequiredError';
  constructor(readonly unlock: Exclude<Unlock, { ok: true }> | { ok: false; reason: 'no-proof' }) {
    super(`teacher PIN required: ${unlock.reason}`);
  }
}

export async function teacherLockState(): Promise<TeacherLockState> {
  const db = getDatabase();
  return db.transaction('r', db.meta, async () => {
    const set = (await db.meta.get(TEACHER_PIN_KEY)) !== undefined;
    const resetAt = Number((await db.meta.get(LOCKS_RESET_KEY))?.value);
    return Number.isFinite(resetAt) && resetAt > 0 ? { set, locksResetAt: resetAt } : { set };
  });
}

/**
 * Checks a teacher PIN: wrong when none is set; a wrong one is counted, and after five a growing wait
 * starts. A right one made on a plain-http page is hashed again more strongly where crypto.subtle exists.
 */
export async function checkTeacherPin(pin: string, now = Date.now()): Promise<Unlock> {
  const stored = (await getDatabase().meta.get(TEACHER_PIN_KEY))?.value;
  if (stored === undefined) return { ok: false, reason: 'wrong-pin' };
  const secret = { kind: 'teacher-pin', pin } as const;
  const unlock = await checkWithWait(TEACHER_FAILURES_KEY, () => verifySecret(secret, stored), now);
  if (unlock.ok && needsRehash(stored)) {
    const upgraded = await hashSecret(secret);
    const db = getDatabase();
    await db.transaction('rw', db.meta, async () => {
      // Only if nobody changed the teacher PIN meanwhile.
      if ((await db.meta.get(TEACHER_PIN_KEY))?.value === stored) await db.meta.put({ key: TEACHER_PIN_KEY, value: upgraded });
    });
  }
  return unlock;
}

/** Passes when no teacher PIN is set, or `proof` is the right one; otherwise throws TeacherPinRequiredError. */
export async function requireTeacher(proof: { kind: string; pin?: string } | undefined, now = Date.now()): Promise<void> {
  if (!(await teacherLockState()).set) return;
  if (proof?.kind !== 'teacher-pin' || proof.pin === undefined) throw new TeacherPinRequiredError({ ok: false, reason: 'no-proof' });
  const unlock = await checkTeacherPin(proof.pin, now);
  if (!unlock.ok) throw new TeacherPinRequiredError(unlock);
}

/** Sets the teacher PIN, or changes it (then the current one is the proof). */
export async function setTeacherPin(pin: string, proof?: TeacherProof): Promise<void> {
  const hash = await hashSecret({ kind: 'teacher-pin', pin });
  await requireTeacher(proof);
  const db = getDatabase();
  await db.transaction('rw', db.meta, async () => {
    await db.meta.put({ key: TEACHER_PIN_KEY, value: hash });
    await db.meta.bulkDelete([TEACHER_FAILURES_KEY, LOCKS_RESET_KEY]);
  });
}

/** Removes the teacher PIN; needs it. */
export async function removeTeacherPin(proof: TeacherProof | undefined): Promise<void> {
  await requireTeacher(proof);
  await getDatabase().meta.bulkDelete([TEACHER_PIN_KEY, TEACHER_FAILURES_KEY]);
}

/**
 * The way out of a forgotten teacher PIN: removes it and every learner's PIN and picture password (and
 * their wrong-try counts), in one transaction; profiles, results and settings stay. Returns how many
 * learners lost a secret. Unguarded on purpose — it is what to do when nobody knows the PIN.
 */
export async function resetLocks(now = Date.now()): Promise<{ learners: number }> {
  const db = getDatabase();
  return db.transaction('rw', db.learners, db.meta, async () => {
    let learners = 0;
    await db.learners
      .filter((learner) => learner.pinHash !== undefined || learner.pictureHash !== undefined)
      .modify((learner: Learner) => {
        delete learner.pinHash;
        delete learner.pictureHash;
        learners += 1;
      });
    const failureKeys = (await db.meta.where('key').startsWith(LEARNER_FAILURES_PREFIX).primaryKeys()) as string[];
    await db.meta.bulkDelete([TEACHER_PIN_KEY, TEACHER_FAILURES_KEY, ...failureKeys]);
    await db.meta.put({ key: LOCKS_RESET_KEY, value: String(now) });
    return { learners };
  });
}
