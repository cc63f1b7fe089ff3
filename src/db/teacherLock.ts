/**
 * The teacher lock (src/domain/secrets.ts says what it guards). The teacher PIN's hash lives in `meta`
 * and in no file; its wrong tries wait like a learner's PIN.
 *
 * The guard is here, not only on the screens: every guarded repository function calls requireTeacher,
 * which passes when no teacher PIN is set and otherwise wants the right teacher PIN as proof.
 *
 * A forgotten teacher PIN has one way out, resetLocks: it removes the teacher PIN **and every learner's
 * PIN and picture password**, and keeps every profile and result. It needs the **recovery code** made
 * when the teacher PIN was set (shown once, to print or write down; only its PBKDF2 hash is kept, and
 * wrong tries wait like a PIN's) — something a pupil at the computer does not have. A code that reset
 * the locks is spent: the next teacher PIN comes with a new one. A computer whose teacher PIN was set
 * before recovery codes existed has none until the teacher makes one (createRecoveryCode); until then
 * only clearing the browser's data for the site removes a forgotten teacher PIN, and the results with it.
 *
 * Whatever is done with the teacher PIN, or to it, is recorded (src/db/audit.ts) and shown until the
 * holder of a teacher PIN acknowledges it — a reset or a removed PIN cannot be hidden by setting a new one.
 */
import { markTeacherSeen, recordEvent } from './audit';
import { getDatabase } from './db';
import { hashSecret, needsRehash, verifySecret } from './pin';
import { checkWithWait, LEARNER_FAILURES_PREFIX, type Unlock } from './tries';
import type { Learner } from '../domain/records';
import { newRecoveryCode } from '../domain/secrets';

const TEACHER_PIN_KEY = 'teacherPinHash';
const TEACHER_FAILURES_KEY = 'teacherPinFailures';
const RECOVERY_CODE_KEY = 'recoveryCodeHash';
const RECOVERY_FAILURES_KEY = 'recoveryCodeFailures';

export type TeacherProof = { kind: 'teacher-pin'; pin: string };
/** The recovery code of the teacher PIN, as typed (spacing and capitals do not matter). */
export type RecoveryProof = { kind: 'recovery-code'; code: string };

export interface TeacherLockState {
  /** A teacher PIN is set on this computer. */
  set: boolean;
  /** A recovery code exists for it (false on computers whose teacher PIN predates recovery codes). */
  recoveryCode: boolean;
}

/** A guarded action came without the right teacher PIN (or during a wait). */
export class TeacherPinRequiredError extends Error {
  override name = 'TeacherPinRequiredError';
  constructor(readonly unlock: Exclude<Unlock, { ok: true }> | { ok: false; reason: 'no-proof' }) {
    super(`teacher PIN required: ${unlock.reason}`);
  }
}

/** The locks were not reset: no recovery code (or teacher PIN) came, or a wrong one, or during a wait. */
export class RecoveryCodeRequiredError extends Error {
  override name = 'RecoveryCodeRequiredError';
  constructor(readonly unlock: Exclude<Unlock, { ok: true }> | { ok: false; reason: 'no-proof' | 'no-code' }) {
    super(`recovery code required: ${unlock.reason}`);
  }
}

export async function teacherLockState(): Promise<TeacherLockState> {
  const db = getDatabase();
  return db.transaction('r', db.meta, async () => ({
    set: (await db.meta.get(TEACHER_PIN_KEY)) !== undefined,
    recoveryCode: (await db.meta.get(RECOVERY_CODE_KEY)) !== undefined,
  }));
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

/**
 * Sets the teacher PIN, or changes it (then the current one is the proof). A computer with no recovery
 * code gets one, returned to be shown once; a change keeps the code the teacher already has
 * (createRecoveryCode makes a new one). Setting a first PIN, and changing one, are recorded.
 */
export async function setTeacherPin(pin: string, proof?: TeacherProof, now = Date.now()): Promise<{ recoveryCode?: string }> {
  const hash = await hashSecret({ kind: 'teacher-pin', pin });
  const code = (await getDatabase().meta.get(RECOVERY_CODE_KEY)) === undefined ? newRecoveryCode() : undefined;
  const codeHash = code === undefined ? undefined : await hashSecret({ kind: 'recovery-code', code });
  await requireTeacher(proof, now);
  const db = getDatabase();
  return db.transaction('rw', db.meta, async () => {
    const had = (await db.meta.get(TEACHER_PIN_KEY)) !== undefined;
    await db.meta.put({ key: TEACHER_PIN_KEY, value: hash });
    await db.meta.delete(TEACHER_FAILURES_KEY);
    await recordEvent(had ? 'teacher-pin-changed' : 'teacher-pin-set', now);
    // Only if no code appeared meanwhile: the one shown must be the one kept.
    if (code === undefined || codeHash === undefined || (await db.meta.get(RECOVERY_CODE_KEY)) !== undefined) return {};
    await db.meta.put({ key: RECOVERY_CODE_KEY, value: codeHash });
    await db.meta.delete(RECOVERY_FAILURES_KEY);
    return { recoveryCode: code };
  });
}

/**
 * Makes a new recovery code for the teacher PIN, replacing any old one (which stops working); needs the
 * teacher PIN, and one must be set. Returns the code, to be shown once.
 */
export async function createRecoveryCode(proof: TeacherProof | undefined, now = Date.now()): Promise<string> {
  const code = newRecoveryCode();
  const codeHash = await hashSecret({ kind: 'recovery-code', code });
  if (!(await teacherLockState()).set) throw new TeacherPinRequiredError({ ok: false, reason: 'no-proof' });
  await requireTeacher(proof, now);
  const db = getDatabase();
  await db.transaction('rw', db.meta, async () => {
    await db.meta.put({ key: RECOVERY_CODE_KEY, value: codeHash });
    await db.meta.delete(RECOVERY_FAILURES_KEY);
  });
  return code;
}

/** Checks a recovery code: wrong when none exists; wrong tries are counted and wait like a PIN's. */
export async function checkRecoveryCode(code: string, now = Date.now()): Promise<Unlock> {
  const stored = (await getDatabase().meta.get(RECOVERY_CODE_KEY))?.value;
  if (stored === undefined) return { ok: false, reason: 'wrong-pin' };
  return checkWithWait(RECOVERY_FAILURES_KEY, () => verifySecret({ kind: 'recovery-code', code }, stored), now);
}

/** Removes the teacher PIN; needs it. The removal is recorded, and nobody can acknowledge it until a teacher PIN is set again. */
export async function removeTeacherPin(proof: TeacherProof | undefined, now = Date.now()): Promise<void> {
  await requireTeacher(proof, now);
  const db = getDatabase();
  await db.transaction('rw', db.meta, async () => {
    await db.meta.bulkDelete([TEACHER_PIN_KEY, TEACHER_FAILURES_KEY]);
    await recordEvent('teacher-pin-removed', now);
  });
}

/**
 * The way out of a forgotten teacher PIN: removes it, its recovery code and every learner's PIN and
 * picture password (and their wrong-try counts), in one transaction; profiles, results and settings
 * stay, and the reset is recorded. Needs the recovery code (or the teacher PIN itself, which could undo
 * every lock one by one anyway). Returns how many learners lost a secret.
 */
export async function resetLocks(proof: RecoveryProof | TeacherProof | undefined, now = Date.now()): Promise<{ learners: number }> {
  if (proof?.kind === 'teacher-pin') {
    if (!(await teacherLockState()).set) throw new RecoveryCodeRequiredError({ ok: false, reason: 'no-proof' });
    await requireTeacher(proof, now);
  } else {
    if (proof?.kind !== 'recovery-code') throw new RecoveryCodeRequiredError({ ok: false, reason: 'no-proof' });
    if (!(await teacherLockState()).recoveryCode) throw new RecoveryCodeRequiredError({ ok: false, reason: 'no-code' });
    const unlock = await checkRecoveryCode(proof.code, now);
    if (!unlock.ok) throw new RecoveryCodeRequiredError(unlock);
  }
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
    await db.meta.bulkDelete([TEACHER_PIN_KEY, TEACHER_FAILURES_KEY, RECOVERY_CODE_KEY, RECOVERY_FAILURES_KEY, ...failureKeys]);
    await recordEvent('locks-reset', now);
    return { learners };
  });
}

/**
 * The teacher has read these events (src/db/audit.ts) in Cài đặt: they are no longer shown there.
 * Needs the teacher PIN — and one must be set: on a computer without one, nothing can be acknowledged.
 */
export async function acknowledgeEvents(keys: readonly string[], proof: TeacherProof | undefined, now = Date.now()): Promise<void> {
  if (!(await teacherLockState()).set) throw new TeacherPinRequiredError({ ok: false, reason: 'no-proof' });
  await requireTeacher(proof, now);
  const db = getDatabase();
  await db.transaction('rw', db.meta, () => markTeacherSeen(keys));
}
