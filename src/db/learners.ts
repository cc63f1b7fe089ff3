/**
 * Learner profiles on a shared computer: nickname, avatar, class label and an optional PIN. The
 * current learner (or guest mode, which saves nothing) is remembered per computer in `meta`.
 *
 * A PIN guards opening, changing and deleting a profile (src/domain/pin.ts says what it is and is not).
 * The guard is here, not only on the screens: updateLearner, setLearnerPin and deleteLearner refuse
 * without the learner's PIN (PinRequiredError), and wrong tries are counted per learner in `meta`, so
 * a reload does not reset the wait.
 */
import { requireName } from '../domain/names';
import { nextTryAt, type PinFailures } from '../domain/pin';
import { DEFAULT_AVATAR, DEFAULT_NICKNAME, getDatabase } from './db';
import { newId } from './ids';
import { hashPin, needsRehash, verifyPinHash } from './pin';
import type { AvatarId, Learner } from './types';

export const CURRENT_LEARNER_KEY = 'currentLearnerId';
/** Stored as the current learner while someone studies as a guest. */
export const GUEST = 'guest';

export interface LearnerInput {
  nickname: string;
  avatar: AvatarId;
  classLabel?: string;
  /** 4 digits, or undefined for no PIN. */
  pin?: string;
}

/**
 * The learner whose answers are recorded: the chosen one; else (first start, or the chosen one was
 * deleted) the oldest profile; else a new default profile, so a one-child computer needs no set-up.
 * Returns null in guest mode.
 */
export async function ensureCurrentLearner(): Promise<Learner | null> {
  const db = getDatabase();
  return db.transaction('rw', db.learners, db.meta, async () => {
    const current = (await db.meta.get(CURRENT_LEARNER_KEY))?.value;
    if (current === GUEST) return null;
    const chosen = current ? await db.learners.get(current) : undefined;
    if (chosen) return chosen;
    const learner = (await db.learners.orderBy('createdAt').first()) ?? (await addLearner({ nickname: DEFAULT_NICKNAME, avatar: DEFAULT_AVATAR }));
    await db.meta.put({ key: CURRENT_LEARNER_KEY, value: learner.id });
    return learner;
  });
}

/** The id of the current learner, GUEST, or undefined before start-up has chosen one. */
export async function currentLearnerId(): Promise<string | undefined> {
  return (await getDatabase().meta.get(CURRENT_LEARNER_KEY))?.value;
}

export async function getLearner(id: string): Promise<Learner | undefined> {
  return getDatabase().learners.get(id);
}

export async function listLearners(): Promise<Learner[]> {
  return getDatabase().learners.orderBy('createdAt').toArray();
}

export async function createLearner(input: LearnerInput): Promise<Learner> {
  const db = getDatabase();
  // Hashed before the transaction: an IndexedDB transaction closes while crypto works.
  const pinHash = input.pin ? await hashPin(input.pin) : undefined;
  return db.transaction('rw', db.learners, db.meta, async () => {
    const learner = await addLearner(input, pinHash);
    await db.meta.put({ key: CURRENT_LEARNER_KEY, value: learner.id });
    return learner;
  });
}

/**
 * What opens a PIN-protected profile for changes. Today only the learner's own PIN; a teacher PIN is
 * meant to be another kind of proof here, accepted for any learner.
 */
export type PinProof = { kind: 'learner-pin'; pin: string };

export type Unlock =
  | { ok: true }
  | { ok: false; reason: 'wrong-pin'; retryAt?: number }
  /** Too many wrong tries: no PIN is checked before `retryAt` (ms since epoch). */
  | { ok: false; reason: 'wait'; retryAt: number };

/** The learner has a PIN and the change came without the right one (or during a wait). */
export class PinRequiredError extends Error {
  override name = 'PinRequiredError';
  constructor(
    readonly learnerId: string,
    readonly unlock: Exclude<Unlock, { ok: true }> | { ok: false; reason: 'no-proof' },
  ) {
    super(`PIN required for ${learnerId}: ${unlock.reason}`);
  }
}

const failuresKey = (id: string) => `pinFailures:${id}`;

async function readFailures(id: string): Promise<PinFailures | undefined> {
  const raw = (await getDatabase().meta.get(failuresKey(id)))?.value;
  if (!raw) return undefined;
  try {
    const value = JSON.parse(raw) as PinFailures;
    return Number.isFinite(value.count) && Number.isFinite(value.lastAt) ? value : undefined;
  } catch {
    // A damaged counter counts as no wrong tries (it only ever adds a wait).
    return undefined;
  }
}

/**
 * Checks a proof for a learner: always ok without a PIN. A right PIN clears the wrong tries and
 * replaces an old-format hash (migration on the next correct entry); a wrong one is counted, and
 * after five a growing wait starts (src/domain/pin.ts).
 */
export async function unlockLearner(id: string, proof: PinProof | undefined, now = Date.now()): Promise<Unlock> {
  const db = getDatabase();
  const learner = await db.learners.get(id);
  if (!learner) throw new Error(`no learner ${id}`);
  if (!learner.pinHash) return { ok: true };
  const failures = await readFailures(id);
  const waitUntil = nextTryAt(failures, now);
  if (waitUntil !== undefined) return { ok: false, reason: 'wait', retryAt: waitUntil };
  if (!proof) return { ok: false, reason: 'wrong-pin' };

  if (await verifyPinHash(proof.pin, learner.pinHash)) {
    const stored = learner.pinHash;
    const upgraded = needsRehash(stored) ? await hashPin(proof.pin) : undefined;
    await db.transaction('rw', db.learners, db.meta, async () => {
      await db.meta.delete(failuresKey(id));
      // Only if nobody changed the PIN meanwhile; updatedAt stays: a new hash of the same PIN is no profile change.
      if (upgraded && (await db.learners.get(id))?.pinHash === stored) await db.learners.update(id, { pinHash: upgraded });
    });
    return { ok: true };
  }
  const counted: PinFailures = { count: (failures?.count ?? 0) + 1, lastAt: now };
  await db.meta.put({ key: failuresKey(id), value: JSON.stringify(counted) });
  const retryAt = nextTryAt(counted, now);
  return retryAt === undefined ? { ok: false, reason: 'wrong-pin' } : { ok: false, reason: 'wrong-pin', retryAt };
}

async function requireUnlocked(id: string, proof: PinProof | undefined): Promise<void> {
  const unlock = await unlockLearner(id, proof);
  if (!unlock.ok) throw new PinRequiredError(id, !proof && unlock.reason === 'wrong-pin' ? { ok: false, reason: 'no-proof' } : unlock);
}

/** Renames, changes the avatar or class; a PIN-protected learner needs their PIN. */
export async function updateLearner(id: string, changes: Partial<Omit<LearnerInput, 'pin'>>, proof?: PinProof): Promise<void> {
  const clean = cleanInput(changes);
  await requireUnlocked(id, proof);
  const updated = await getDatabase().learners.update(id, { ...clean, updatedAt: Date.now() });
  if (updated === 0) throw new Error(`no learner ${id}`);
}

/** Sets a new PIN, or removes it with `null`; a learner who has a PIN needs it for either. */
export async function setLearnerPin(id: string, pin: string | null, proof?: PinProof): Promise<void> {
  await requireUnlocked(id, proof);
  await writePin(id, pin === null ? undefined : await hashPin(pin));
}

/**
 * Removes a PIN the child forgot: the teacher's action in Settings. Unguarded on purpose until teacher
 * PINs exist (teacher mode keeps tools out of children's way; it is not a lock), and said so on screen.
 */
export async function clearForgottenPin(id: string): Promise<void> {
  await writePin(id, undefined);
}

async function writePin(id: string, pinHash: string | undefined): Promise<void> {
  const db = getDatabase();
  await db.transaction('rw', db.learners, db.meta, async () => {
    const learner = await db.learners.get(id);
    if (!learner) throw new Error(`no learner ${id}`);
    const { pinHash: _old, ...rest } = learner;
    await db.learners.put(pinHash === undefined ? { ...rest, updatedAt: Date.now() } : { ...rest, pinHash, updatedAt: Date.now() });
    await db.meta.delete(failuresKey(id));
  });
}

export async function switchLearner(id: string): Promise<void> {
  const db = getDatabase();
  await db.transaction('rw', db.learners, db.meta, async () => {
    if (id !== GUEST && !(await db.learners.get(id))) throw new Error(`no learner ${id}`);
    await db.meta.put({ key: CURRENT_LEARNER_KEY, value: id });
  });
}

export interface LearnerFootprint {
  attempts: number;
  answers: number;
  lessons: number;
}

/** What deleting a learner would remove, so the confirmation can say exactly that. */
export async function learnerFootprint(id: string): Promise<LearnerFootprint> {
  const db = getDatabase();
  return db.transaction('r', db.attempts, db.answers, db.progress, async () => ({
    attempts: await db.attempts.where('learnerId').equals(id).count(),
    answers: await db.answers.where('learnerId').equals(id).count(),
    lessons: await db.progress.where('learnerId').equals(id).count(),
  }));
}

/** Removes the learner and everything they answered, in one transaction; a PIN-protected learner needs their PIN. */
export async function deleteLearner(id: string, proof?: PinProof): Promise<void> {
  await requireUnlocked(id, proof);
  const db = getDatabase();
  await db.transaction('rw', [db.learners, db.attempts, db.answers, db.progress, db.meta], async () => {
    await db.answers.where('learnerId').equals(id).delete();
    await db.attempts.where('learnerId').equals(id).delete();
    await db.progress.where('learnerId').equals(id).delete();
    await db.learners.delete(id);
    if ((await db.meta.get(CURRENT_LEARNER_KEY))?.value === id) await db.meta.delete(CURRENT_LEARNER_KEY);
    await db.meta.delete(failuresKey(id));
  });
}

async function addLearner(input: LearnerInput, pinHash?: string): Promise<Learner> {
  const now = Date.now();
  const { nickname, avatar, classLabel } = cleanInput(input);
  const learner: Learner = {
    id: newId(),
    nickname: nickname ?? DEFAULT_NICKNAME,
    avatar: avatar ?? DEFAULT_AVATAR,
    ...(classLabel ? { classLabel } : {}),
    ...(pinHash ? { pinHash } : {}),
    createdAt: now,
    updatedAt: now,
  };
  await getDatabase().learners.add(learner);
  return learner;
}

/** Checks what a child typed by the one name rule (src/domain/names.ts); an empty class label removes it. */
function cleanInput(input: Partial<LearnerInput>): Partial<Pick<Learner, 'nickname' | 'avatar' | 'classLabel'>> {
  const out: Partial<Pick<Learner, 'nickname' | 'avatar' | 'classLabel'>> = {};
  if (input.nickname !== undefined) out.nickname = requireName(input.nickname, 'nickname');
  if (input.avatar !== undefined) out.avatar = input.avatar;
  if (input.classLabel !== undefined) out.classLabel = requireName(input.classLabel, 'classLabel') || undefined;
  return out;
}
